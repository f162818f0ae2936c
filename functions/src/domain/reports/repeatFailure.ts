import { notifyRoles, type NotificationIntent } from '../notifications';
import type { TicketRecord } from '../records';

export const REPEAT_FAILURE_WINDOW_DAYS = 30;
export const REPEAT_FAILURE_THRESHOLD = 3;

/**
 * A new fault on a device that already had at least two others in the last 30 days (its third
 * or later) tells the managers: the device may need replacing rather than repairing again.
 * Cancelled tickets (including merged duplicates) are not faults.
 */
export function repeatFailureAlert(
  ticket: TicketRecord,
  earlier: readonly { ticketId: string; createdAt: string; status: string }[],
): NotificationIntent | null {
  if (!ticket.assetId) return null;
  const since = Date.parse(ticket.createdAt) - REPEAT_FAILURE_WINDOW_DAYS * 24 * 3600_000;
  const others = earlier.filter((f) => f.ticketId !== ticket.id && f.status !== 'cancelled' && Date.parse(f.createdAt) >= since && f.createdAt <= ticket.createdAt);
  return others.length + 1 >= REPEAT_FAILURE_THRESHOLD ? notifyRoles('repeat_failure', ['manager']) : null;
}

export function repeatFailureSince(createdAt: string): string {
  return new Date(Date.parse(createdAt) - REPEAT_FAILURE_WINDOW_DAYS * 24 * 3600_000).toISOString();
}
