import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { InvalidError } from '../errors';

/** A dashboard or report reads at most this many days: a bounded number of aggregate items. */
export const MAX_PERIOD_DAYS = 92;

export interface Period {
  /** First and last calendar day, in the hospital's zone (yyyy-MM-dd). */
  from: string;
  to: string;
  days: number;
  /** The instants the period starts (midnight of `from`) and ends (midnight after `to`), ISO. */
  startsAt: string;
  endsAt: string;
  /** The hospital's zone, in which the days and the workbook's times are read. */
  timezone: string;
}

/** What a request names: a range of days (default this month so far), a month (2026-11) or a quarter (2026-Q4). */
export type PeriodSpec = { from?: string; to?: string } | { month: string } | { quarter: string };

/** The calendar day of an instant in a zone, yyyy-MM-dd. */
export const dayIn = (now: Date, timezone: string) => format(new TZDate(now, timezone), 'yyyy-MM-dd');
function midnight(day: string, timezone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, timezone).getTime()).toISOString();
}

function invalid(message: string, messageZh: string): InvalidError {
  return new InvalidError(message, messageZh, [{ field: 'query.from', code: 'period', message, messageZh }]);
}

/** The calendar days a spec names, before it is cut at today. */
function calendarRange(spec: PeriodSpec, today: string): { from: string; to: string } {
  if ('month' in spec) {
    const start = parseISO(`${spec.month}-01`);
    return { from: format(start, 'yyyy-MM-dd'), to: format(addDays(addMonths(start, 1), -1), 'yyyy-MM-dd') };
  }
  if ('quarter' in spec) {
    const start = new Date(Number(spec.quarter.slice(0, 4)), (Number(spec.quarter.slice(6)) - 1) * 3, 1);
    return { from: format(start, 'yyyy-MM-dd'), to: format(addDays(addMonths(start, 3), -1), 'yyyy-MM-dd') };
  }
  const to = spec.to ?? today;
  return { from: spec.from ?? `${to.slice(0, 7)}-01`, to };
}

/**
 * The one period function of the dashboard, the reports and the workbooks. A period ends at
 * today (in the hospital's zone) or at its own last day if that is past: days that have not
 * happened yet are never counted (a December workbook on December 1 covers one day, not 31).
 */
export function resolvePeriod(spec: PeriodSpec, now: Date, timezone: string): Period {
  const today = dayIn(now, timezone);
  const range = calendarRange(spec, today);
  if (Number.isNaN(parseISO(range.from).getTime()) || Number.isNaN(parseISO(range.to).getTime())) throw invalid('Not a calendar day', '日期无效');
  if (range.from > today) throw invalid('The period has not started yet', '统计周期尚未开始');
  const from = range.from;
  const to = range.to > today ? today : range.to;
  const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  if (days < 1) throw invalid('from must not be after to', '开始日期不能晚于结束日期');
  if (days > MAX_PERIOD_DAYS) throw invalid(`A period has at most ${MAX_PERIOD_DAYS} days`, `统计周期最多${MAX_PERIOD_DAYS}天`);
  const next = format(addDays(parseISO(to), 1), 'yyyy-MM-dd');
  return { from, to, days, startsAt: midnight(from, timezone), endsAt: midnight(next, timezone), timezone };
}

/** The period as the reports' answers show it (the instants stay inside). */
export const periodView = (p: Period) => ({ from: p.from, to: p.to, days: p.days });
