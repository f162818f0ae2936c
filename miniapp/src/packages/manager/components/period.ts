import { day, hospitalDate } from '../../../components/manager/format';
import type { WorkbookRef } from '../../../services/workbook';

export type PeriodKind = 'month' | 'lastMonth' | 'quarter' | 'custom';

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

/** The API's longest report period. */
export const MAX_DAYS = 92;

const parseDay = (s: string) => new Date(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));

/** The days a period covers, this month and this quarter up to today (the API's default is this month so far). */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, instant = new Date()): Period {
  // The hospital's today, not this device's (a PC set to UTC is a day behind after 16:00 UTC).
  const now = hospitalDate(instant);
  const y = now.getFullYear();
  const m = now.getMonth();
  if (kind === 'lastMonth') return { kind, from: day(new Date(y, m - 1, 1)), to: day(new Date(y, m, 0)) };
  if (kind === 'quarter') return { kind, from: day(new Date(y, m - (m % 3), 1)), to: day(now) };
  return { kind, from: day(new Date(y, m, 1)), to: day(now) };
}

/** A custom range, ordered and cut to the API's 92 days (keeping its end). */
export function customPeriod(from: string, to: string): Period {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const earliest = parseDay(b);
  earliest.setDate(earliest.getDate() - (MAX_DAYS - 1));
  return { kind: 'custom', from: parseDay(a) < earliest ? day(earliest) : a, to: b };
}

/** The workbook that goes with a period: its quarter for "this quarter", otherwise the month it ends in. */
export function workbookFor(p: Period): WorkbookRef {
  const y = Number(p.to.slice(0, 4));
  const m = Number(p.to.slice(5, 7));
  if (p.kind === 'quarter') return { kind: 'quarterly', quarter: `${y}-Q${Math.floor((m - 1) / 3) + 1}` };
  return { kind: 'monthly', month: p.to.slice(0, 7) };
}
