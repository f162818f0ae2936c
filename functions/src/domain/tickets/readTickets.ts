import { NotFoundError } from '../errors';
import { can } from '../policy/can';
import type { TicketRepository } from '../ports';
import type { Page, PageRequest, TicketEventRecord, TicketRecord, UserRecord } from '../records';

/**
 * One ticket with its timeline. A ticket the caller may not see answers 404, the same as one
 * that does not exist, so ids of other people's tickets cannot be probed.
 */
export async function getTicketDetail(
  tickets: TicketRepository,
  user: UserRecord,
  ticketId: string,
): Promise<{ ticket: TicketRecord; events: TicketEventRecord[] }> {
  const found = await tickets.getWithEvents(user.hospitalId, ticketId);
  if (!found || !can(user, 'view', found.ticket)) throw new NotFoundError(`Ticket ${ticketId}`, `工单 ${ticketId} `);
  return found;
}

/** Anyone in the hospital may report a fault, so every user has "my tickets". */
export function listMyTickets(tickets: TicketRepository, user: UserRecord, page: PageRequest): Promise<Page<TicketRecord>> {
  return tickets.listByReporter(user.hospitalId, user.id, page);
}
