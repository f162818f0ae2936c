import type { PlanFrequency, PlanWindow } from '../../contract/planned';
import { firstOfMonth, lastOfMonth, plusDays } from './schedule';

/**
 * The days around a due day in which planned work counts as on time, with the defaults as
 * surveyors count them (the Joint Commission's windows): monthly = within the calendar month,
 * quarterly ±10 days, semiannual ±20, yearly ±30; daily = the day itself, weekly = the due day
 * and two after, every N days ±10 % of N (whole days), meter = the crossing day and 7 after.
 */
export function defaultWindow(frequency: PlanFrequency, everyDays?: number): PlanWindow {
  switch (frequency) {
    case 'daily':
      return { beforeDays: 0, afterDays: 0 };
    case 'weekly':
      return { beforeDays: 0, afterDays: 2 };
    case 'monthly':
      // Shown as the widest month; the order's window is the due day's calendar month (orderWindow).
      return { beforeDays: 30, afterDays: 30 };
    case 'quarterly':
      return { beforeDays: 10, afterDays: 10 };
    case 'semiannual':
      return { beforeDays: 20, afterDays: 20 };
    case 'yearly':
      return { beforeDays: 30, afterDays: 30 };
    case 'everyNDays': {
      const tenth = Math.floor((everyDays ?? 1) / 10);
      return { beforeDays: tenth, afterDays: tenth };
    }
    case 'meter':
      return { beforeDays: 0, afterDays: 7 };
  }
}

export interface OrderWindow {
  opensOn: string;
  closesOn: string;
}

/**
 * The first and last on-time day of one order. A plan's own window counts days around the due
 * day; without one, a monthly order's window is the due day's calendar month.
 */
export function orderWindow(frequency: PlanFrequency, dueOn: string, own: PlanWindow | null, everyDays?: number): OrderWindow {
  if (!own && frequency === 'monthly') return { opensOn: firstOfMonth(dueOn), closesOn: lastOfMonth(dueOn) };
  const window = own ?? defaultWindow(frequency, everyDays);
  return { opensOn: plusDays(dueOn, -window.beforeDays), closesOn: plusDays(dueOn, window.afterDays) };
}
