import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import type { PlanFrequency, PlanSchedule } from '../../contract/planned';

/**
 * When a calendar plan falls due. Days are hospital calendar days (yyyy-MM-dd); the arithmetic
 * runs on UTC dates, so a zone's daylight-saving change never moves a day. Occurrence n counts
 * from `startsOn` (n = 0 is startsOn itself) and is computed from startsOn, never from the
 * previous due day: a monthly plan starting on the 31st is due on the 28th/29th in February and
 * on the 31st again in March.
 */
export type CalendarFrequency = Exclude<PlanFrequency, 'meter'>;

const utcDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
};
const dayString = (date: Date) => format(date, 'yyyy-MM-dd');

export function isCalendarSchedule(schedule: PlanSchedule): schedule is PlanSchedule & { frequency: CalendarFrequency } {
  return schedule.frequency !== 'meter';
}

const MONTHS: Partial<Record<CalendarFrequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 };
function stepDays(schedule: PlanSchedule): number {
  if (schedule.frequency === 'daily') return 1;
  if (schedule.frequency === 'weekly') return 7;
  return schedule.everyDays ?? 1;
}

/** The due day of occurrence n (n ≥ 0) of a calendar schedule. */
export function dueDayOf(schedule: PlanSchedule, n: number): string {
  const start = utcDay(schedule.startsOn);
  const months = MONTHS[schedule.frequency as CalendarFrequency];
  return dayString(months ? addMonths(start, months * n) : addDays(start, stepDays(schedule) * n));
}

/**
 * The period a due day belongs to: one order per plan × period, so the period key is part of the
 * order's id. 20261201 (daily, every N days), 2026W49 (weekly: ISO week), 202612 (monthly),
 * 2026Q4, 2026H2, 2026.
 */
export function periodKeyOf(frequency: CalendarFrequency, dueOn: string): string {
  const day = utcDay(dueOn);
  switch (frequency) {
    case 'daily':
    case 'everyNDays':
      return format(day, 'yyyyMMdd');
    case 'weekly':
      return format(day, "RRRR'W'II");
    case 'monthly':
      return format(day, 'yyyyMM');
    case 'quarterly':
      return format(day, "yyyy'Q'Q");
    case 'semiannual':
      return `${format(day, 'yyyy')}H${day.getMonth() < 6 ? 1 : 2}`;
    case 'yearly':
      return format(day, 'yyyy');
  }
}

/** The meter period of the k-th crossing (k ≥ 1). */
export const meterPeriodKey = (k: number) => `m${k}`;

/** Day arithmetic on calendar days (yyyy-MM-dd). */
export const plusDays = (day: string, days: number) => dayString(addDays(utcDay(day), days));
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(utcDay(to), utcDay(from));
export const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
export const lastOfMonth = (day: string) => dayString(addDays(addMonths(utcDay(firstOfMonth(day)), 1), -1));

/** The instant a hospital calendar day starts (00:00 in its zone), ISO in UTC (index keys compare as text). */
export function startOfDayIn(day: string, timezone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, timezone).getTime()).toISOString();
}

/** The hospital calendar day of an instant (yyyy-MM-dd). */
export const calendarDayIn = (instant: Date, timezone: string) => format(new TZDate(instant, timezone), 'yyyy-MM-dd');
