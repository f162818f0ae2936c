import { day, hospitalDate } from '../../../components/manager/format';

/** The hospital's current month, yyyy-MM. */
export const thisMonth = (): string => day(hospitalDate()).slice(0, 7);

/** The month `n` months from `month` (yyyy-MM). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(y, m - 1 + n, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** A vendor page's own address, for the sign-in's return. */
export const vendorPageUrl = (page: 'spotchecks' | 'disputes', vendorId: string, month: string) =>
  `/packages/vendor/${page}/index?vendorId=${encodeURIComponent(vendorId)}&month=${month}`;
