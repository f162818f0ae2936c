import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { InvalidError } from '../errors';

/** A dashboard or report reads at most this many days: a bounded number of aggregate items. */
export const MAX_PERIOD_DAYS = 92;

export interface Period {
  from: string;
  to: string;
  days: number;
}

const today = (now: Date, timezone: string) => format(new TZDate(now, timezone), 'yyyy-MM-dd');

function invalid(message: string, messageZh: string): InvalidError {
  return new InvalidError(message, messageZh, [{ field: 'query.from', code: 'period', message, messageZh }]);
}

/** from/to in the hospital's zone; by default the current month so far. */
export function resolvePeriod(query: { from?: string; to?: string }, now: Date, timezone: string): Period {
  const to = query.to ?? today(now, timezone);
  const from = query.from ?? `${to.slice(0, 7)}-01`;
  if (Number.isNaN(parseISO(from).getTime()) || Number.isNaN(parseISO(to).getTime())) throw invalid('Not a calendar day', '日期无效');
  const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  if (days < 1) throw invalid('from must not be after to', '开始日期不能晚于结束日期');
  if (days > MAX_PERIOD_DAYS) throw invalid(`A period has at most ${MAX_PERIOD_DAYS} days`, `统计周期最多${MAX_PERIOD_DAYS}天`);
  return { from, to, days };
}

/** 2026-11 → the whole month. */
export function monthPeriod(month: string): Period {
  const from = `${month}-01`;
  const start = parseISO(from);
  const next = new Date(start.getFullYear(), start.getMonth() + 1, 1);
  const to = format(addDays(next, -1), 'yyyy-MM-dd');
  return { from, to, days: differenceInCalendarDays(next, start) };
}

/** 2026-Q4 → October 1 to December 31. */
export function quarterPeriod(quarter: string): Period {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const start = new Date(year, (q - 1) * 3, 1);
  const next = new Date(year, q * 3, 1);
  return { from: format(start, 'yyyy-MM-dd'), to: format(addDays(next, -1), 'yyyy-MM-dd'), days: differenceInCalendarDays(next, start) };
}
