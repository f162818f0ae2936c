import { TZDate } from '@date-fns/tz';
import { format, subDays } from 'date-fns';
import type { ShiftRepository } from '../ports';
import type { UserRecord } from '../records';
import { isOnShift } from './shifts';

export type OnShiftCheck = (user: Pick<UserRecord, 'id' | 'shifts'>) => boolean;

/**
 * Who is on shift at an instant, by the rota and the weekly patterns: one read of the rota's
 * yesterday and today in the hospital's zone (AP-150; a night shift started yesterday may still run).
 */
export async function onShiftAt(shifts: ShiftRepository, hospitalId: string, at: Date, timezone: string): Promise<OnShiftCheck> {
  const local = new TZDate(at, timezone);
  const entries = await shifts.listBetween(hospitalId, format(subDays(local, 1), 'yyyy-MM-dd'), format(local, 'yyyy-MM-dd'));
  return (user) => isOnShift(user, at, timezone, entries.filter((e) => e.userId === user.id));
}
