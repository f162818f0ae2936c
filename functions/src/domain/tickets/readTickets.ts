import { NotFoundError } from '../errors';
import { can } from '../policy/can';
import type { TicketRepository } from '../ports';
import type { Page, PageRequest, TicketEventRecord, TicketRecord, UserRecord } from '../records';
import type { JobRepository } from '../jobs/ports';
import type { JobRecord } from '../jobs/records';
import { partsInOrder } from '../jobs/readJob';

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

/** A multi-team job in its starter's list, with its parts (their progress is the line). */
export type MyJobLine = { job: JobRecord; parts: (TicketRecord | null)[] };

/**
 * Anyone in the hospital may report a fault, so every user has "my tickets". A job they started
 * is one line, its parts read beside it (a page holds few jobs; their reads run at once).
 */
export async function listMyTickets(tickets: TicketRepository, jobs: Pick<JobRepository, 'listParts'>, user: UserRecord, page: PageRequest): Promise<Page<TicketRecord | MyJobLine>> {
  const found = await tickets.listByReporter(user.hospitalId, user.id, page);
  const items = await Promise.all(
    found.items.map(async (item) => ('starterId' in item ? { job: item, parts: partsInOrder(item, await jobs.listParts(user.hospitalId, item.id)) } : item)),
  );
  return { ...found, items };
}
