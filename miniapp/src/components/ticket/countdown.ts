import { t } from '../../i18n';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** "12:05" under an hour (minutes:seconds ticking), "2小时05分" above; `overdue` when past due. */
export function formatRemaining(dueAt: string, now: number): { text: string; overdue: boolean } {
  const left = Date.parse(dueAt) - now;
  const overdue = left < 0;
  const ms = Math.abs(left);
  const pad = (n: number) => String(n).padStart(2, '0');
  let span: string;
  if (ms >= HOUR_MS) span = t('countdown.hours', { h: Math.floor(ms / HOUR_MS), m: pad(Math.floor((ms % HOUR_MS) / MINUTE_MS)) });
  else span = `${pad(Math.floor(ms / MINUTE_MS))}:${pad(Math.floor((ms % MINUTE_MS) / 1000))}`;
  return { text: t(overdue ? 'countdown.overdue' : 'countdown.left', { span }), overdue };
}

/** Sort key: the next deadline first, tickets without one (on hold, done) last. */
export function byDeadline(a: { nextDeadline: { dueAt: string } | null }, b: { nextDeadline: { dueAt: string } | null }): number {
  const da = a.nextDeadline ? Date.parse(a.nextDeadline.dueAt) : Number.POSITIVE_INFINITY;
  const db = b.nextDeadline ? Date.parse(b.nextDeadline.dueAt) : Number.POSITIVE_INFINITY;
  return da - db;
}
