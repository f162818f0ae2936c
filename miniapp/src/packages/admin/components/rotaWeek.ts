import type { ShiftEntry, ShiftEntryInput } from '@contract/shifts';

// The week arithmetic is shared with the manager's planned-work calendar (another subpackage).
export { dayOf, mondayOf, shiftWeek, weekDates } from '../../../components/weekDays';

/** The usual shifts of a hospital's works department: day, evening, night, and a whole day on call. */
export const SHIFT_PRESETS = [
  { key: 'day', start: '08:00', end: '16:00' },
  { key: 'evening', start: '16:00', end: '00:00' },
  { key: 'night', start: '20:00', end: '08:00' },
  { key: 'allDay', start: '00:00', end: '00:00' },
] as const;

/** One person's week with the shifts of some days replaced (an empty list: off those days). */
export function replaceDays(week: readonly ShiftEntry[], userId: string, days: readonly string[], shifts: readonly { start: string; end: string }[]): ShiftEntryInput[] {
  const kept = week.filter((e) => e.userId === userId && !days.includes(e.day)).map(({ day, start, end }) => ({ day, start, end }));
  return [...kept, ...days.flatMap((day) => shifts.map((s) => ({ day, start: s.start, end: s.end })))].sort((a, b) => (a.day + a.start).localeCompare(b.day + b.start));
}

export const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;
