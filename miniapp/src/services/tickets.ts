import type { TicketStatus } from '@contract/enums';

const DONE: readonly TicketStatus[] = ['confirmed', 'closed', 'cancelled'];

/** Still being handled, from the reporter's point of view (completed waits for their confirmation). */
export function isOpen(status: TicketStatus): boolean {
  return !DONE.includes(status);
}
