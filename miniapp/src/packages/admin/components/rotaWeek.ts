import type { ShiftEntry, ShiftEntryInput } from '@contract/shifts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar day as the API writes it, from a date on this device's calendar (the hospital's, on its PCs). */
export const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const fromDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** The Monday of the week a date is in. */
export function mondayOf(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayOf(monday);
}

/** The seven days of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  const start = fromDay(monday);
  return Array.from({ length: 7 }, (_, i) => dayOf(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i)));
}

export const shiftWeek = (monday: string, weeks: number) => {
  const start = fromDay(monday);
  return dayOf(new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7 * weeks));
};

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
