import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The hospital's calendar day of an instant, as yyyyMMdd (ticket numbers restart each day). */
export function hospitalDay(instant: Date, timezone: string): string {
  return format(new TZDate(instant, timezone), 'yyyyMMdd');
}

/** BX20261123-0042: prefix, the hospital's day, the day's sequence (4 digits, more when needed). */
export function formatTicketNumber(prefix: string, day: string, sequence: number): string {
  return `${prefix}${day}-${String(sequence).padStart(4, '0')}`;
}
