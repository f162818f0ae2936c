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
