import { TZDate } from '@date-fns/tz';
import type { ShiftEntryRecord, ShiftPattern, UserRecord } from '../records';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
function isoWeekday(d: TZDate): number {
  return ((d.getDay() + 6) % 7) + 1;
}

function inPattern(p: ShiftPattern, local: TZDate): boolean {
  const now = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(p.start);
  const end = minutesOf(p.end);
  const today = isoWeekday(local);
  if (start < end) return p.days.includes(today) && now >= start && now < end;
  // A night shift belongs to the day it starts on: 20:00–08:00 on Monday covers Tuesday morning.
  const yesterday = today === 1 ? 7 : today - 1;
  return (p.days.includes(today) && now >= start) || (p.days.includes(yesterday) && now < end);
}

/** Whether an instant falls in a dated shift: from its day's start, in the hospital's zone, to its end (the next day when the end is not after the start). */
function inDatedShift(entry: Pick<ShiftEntryRecord, 'day' | 'start' | 'end'>, at: Date, timezone: string): boolean {
  const [y, mo, d] = entry.day.split('-').map(Number) as [number, number, number];
  const start = minutesOf(entry.start);
  const end = minutesOf(entry.end);
  const from = new TZDate(y, mo - 1, d, 0, start, timezone).getTime();
  const to = new TZDate(y, mo - 1, end > start ? d : d + 1, 0, end, timezone).getTime();
  return at.getTime() >= from && at.getTime() < to;
}

/**
 * Whether a user is on shift at an instant, in the hospital's zone: by a dated shift of the rota
 * (the person's own entries, `dated`) or by their weekly pattern. Staff with neither are never "on shift".
 */
export function isOnShift(user: Pick<UserRecord, 'shifts'>, at: Date, timezone: string, dated: readonly Pick<ShiftEntryRecord, 'day' | 'start' | 'end'>[] = []): boolean {
  if (dated.some((e) => inDatedShift(e, at, timezone))) return true;
  if (!user.shifts || user.shifts.length === 0) return false;
  const local = new TZDate(at, timezone);
  return user.shifts.some((p) => inPattern(p, local));
}
