import type { TicketStatus } from '../../contract/enums';

/** Statuses in which the fault is still being dealt with: they count as "open" at a place or device. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['submitted', 'assigned', 'accepted', 'on_site', 'on_hold'];

export function isActive(status: TicketStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}
