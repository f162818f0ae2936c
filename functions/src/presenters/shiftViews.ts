import type { ShiftWeek } from '../contract/shifts';
import type { ShiftEntryRecord } from '../domain/records';

export function toShiftWeek(week: string, entries: readonly ShiftEntryRecord[]): ShiftWeek {
  return { week, items: entries.map((e) => ({ userId: e.userId, day: e.day, start: e.start, end: e.end })) };
}
