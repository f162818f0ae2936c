import { MAX_RECONCILE_DAYS } from '@contract/dashboard';

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The days of the period to check: all of it, or its last 31 days when it is longer (a quarter). */
export function reconcileWindow(period: { from: string; to: string }): { from: string; to: string; shortened: boolean } {
  const days = (utc(period.to) - utc(period.from)) / DAY_MS + 1;
  if (days <= MAX_RECONCILE_DAYS) return { from: period.from, to: period.to, shortened: false };
  return { from: new Date(utc(period.to) - (MAX_RECONCILE_DAYS - 1) * DAY_MS).toISOString().slice(0, 10), to: period.to, shortened: true };
}
