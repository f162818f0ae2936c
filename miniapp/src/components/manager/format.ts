import type { Dashboard } from '@contract/dashboard';
import type { TicketStatus } from '@contract/enums';
import { t } from '../../i18n';
import { currentUser } from '../../services/session';

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as the API takes it (yyyy-MM-dd), from a Date read in this device's calendar. */
export function day(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The hospital's calendar date at an instant, as a Date of this device's calendar (so day() and
 * date arithmetic work on it): a desk PC or a phone set to another zone still sees the
 * hospital's today. Sessions carry the hospital's zone; without one, this device's calendar.
 */
export function hospitalDate(now = new Date(), zone = currentUser()?.hospitalTimezone): Date {
  if (!zone) return now;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return new Date(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
}

export function periods(now = new Date()): { today: { from: string; to: string }; month: { from: string; to: string } } {
  const date = hospitalDate(now);
  const today = day(date);
  return { today: { from: today, to: today }, month: { from: day(new Date(date.getFullYear(), date.getMonth(), 1)), to: today } };
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

/** "8 分钟", "2.5 小时"; "—" when nothing was measured. */
export function minutes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value < 90) return t('manager.minutes', { n: Math.round(value) });
  return t('manager.hours', { n: (value / 60).toFixed(1) });
}

const UNFINISHED: TicketStatus[] = ['submitted', 'assigned', 'accepted', 'on_site', 'on_hold'];
const FINISHED: TicketStatus[] = ['completed', 'confirmed', 'closed'];

export function countOf(d: Dashboard, statuses: TicketStatus[]): number {
  return statuses.reduce((sum, s) => sum + (d.tickets.byStatus[s] ?? 0), 0);
}

export const openCount = (d: Dashboard) => countOf(d, UNFINISHED);
export const doneCount = (d: Dashboard) => countOf(d, FINISHED);

/** Green at or above the target, orange below, grey without data (the brief's KPIs: ≥ 90–98 %). */
export function tone(rate: number | null | undefined, target: number): 'good' | 'bad' | 'none' {
  if (rate === null || rate === undefined) return 'none';
  return rate >= target ? 'good' : 'bad';
}
