import { hospitalDate } from '../manager/format';

const pad = (n: number) => String(n).padStart(2, '0');

/** The hospital's current month, yyyy-MM. */
export function thisMonth(now = new Date()): string {
  const d = hospitalDate(now);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** The month `by` months after (or before) `month`, yyyy-MM. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(y, m - 1 + by, 1);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** A month query parameter as given, or this month when absent or malformed. */
export function monthParam(value: string | undefined): string {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : thisMonth();
}
