import type { PlanSchedule, PlanWindow } from '../../contract/planned';
import { calendarDayIn, dueDayOf, isCalendarSchedule, periodKeyOf, plusDays, startOfDayIn } from './schedule';
import { orderWindow } from './window';
import type { PlanRecord } from './records';

/** Where a plan's generation stands: the next occurrence, its period, and when its order is made. */
export type PlanSchedulingState = Pick<PlanRecord, 'nextOccurrence' | 'nextDueOn' | 'nextPeriod' | 'generateAt'>;

const NONE: PlanSchedulingState = { nextDueOn: null, nextPeriod: null, generateAt: null };
/** An occurrence search never runs away (every day for a century is ~36,500). */
const MAX_OCCURRENCES = 40_000;

type Timing = { schedule: PlanSchedule; window: PlanWindow | null; leadDays: number };

/** The window of occurrence n. */
export function occurrenceWindow(plan: Timing, n: number) {
  const dueOn = dueDayOf(plan.schedule, n);
  return { dueOn, ...orderWindow(plan.schedule.frequency, dueOn, plan.window, plan.schedule.everyDays) };
}

/** The state at occurrence n: its due day, period, and the instant its order is made (window opens − lead days, 00:00 in the zone). */
export function stateAt(plan: Timing, n: number, timezone: string): PlanSchedulingState {
  if (!isCalendarSchedule(plan.schedule)) return NONE;
  const { dueOn, opensOn } = occurrenceWindow(plan, n);
  return { nextOccurrence: n, nextDueOn: dueOn, nextPeriod: periodKeyOf(plan.schedule.frequency, dueOn), generateAt: startOfDayIn(plusDays(opensOn, -plan.leadDays), timezone) };
}

/**
 * A new or rescheduled plan starts at its first occurrence whose window has not yet closed today:
 * a monthly plan written mid-month still gets this month's order.
 */
export function firstState(plan: Timing, now: Date, timezone: string): PlanSchedulingState {
  if (!isCalendarSchedule(plan.schedule)) return NONE;
  const today = calendarDayIn(now, timezone);
  let n = 0;
  while (n < MAX_OCCURRENCES && occurrenceWindow(plan, n).closesOn < today) n++;
  return stateAt(plan, n, timezone);
}
