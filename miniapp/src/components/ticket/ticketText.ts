import type { TicketPublicSummary, TicketSummary } from '@contract/tickets';
import { t } from '../../i18n';

/** The fault's text, or a note while the content check holds it from this viewer. */
export function descriptionOf(ticket: Pick<TicketPublicSummary, 'description' | 'descriptionHeld'>): string {
  return ticket.descriptionHeld && !ticket.description ? t('ticket.textHeld') : ticket.description;
}

/** Who is on it: the name when the server gives it (staff), else whether anyone is (guests see no names). */
export function assigneeOf(ticket: Pick<TicketSummary, 'assignee' | 'status'>): string {
  if (ticket.assignee) return ticket.assignee.name;
  return ticket.status === 'submitted' || ticket.status === 'cancelled' ? t('ticket.unassigned') : t('ticket.assigneeHidden');
}
