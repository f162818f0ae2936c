import { ForbiddenError } from '../errors';
import { can } from '../policy/can';
import type { TicketRepository } from '../ports';
import { callbacksAgeOutBefore } from '../reports/notCalledBack';
import type { Page, PageRequest, TicketRecord, UserRecord } from '../records';
import type { TicketStatus } from '../../contract/enums';

export interface QueueFilters {
  status?: TicketStatus;
  category?: string;
  building?: string;
  overdue?: boolean;
}

/**
 * The desk's queue: every unfinished ticket, emergencies first, then by the deadline that comes
 * first. Read a page at a time from the sparse desk index, with the filters applied in the
 * database, so its cost follows the open work and the page size, never the history.
 */
export async function deskQueue(
  tickets: TicketRepository,
  user: UserRecord,
  filters: QueueFilters,
  now: Date,
  page: PageRequest,
): Promise<Page<TicketRecord>> {
  if (!can(user, 'list', 'queue')) throw new ForbiddenError('The queue is for the service desk', '派单队列仅供服务台使用');
  const { overdue, ...rest } = filters;
  return tickets.pageDeskQueue(user.hospitalId, { ...rest, ...(overdue === undefined ? {} : { overdue: { value: overdue, at: now } }) }, page);
}

/** The callbacks work list: a page at a time, the longest waiting first, only those completed in the last CALLBACK_OWED_DAYS. */
export async function callbacksOwed(tickets: TicketRepository, user: UserRecord, now: Date, page: PageRequest): Promise<Page<TicketRecord>> {
  if (!can(user, 'list', 'callbacks')) throw new ForbiddenError('Callbacks are for the service desk', '回访仅供服务台使用');
  return tickets.pageCallbacksDue(user.hospitalId, callbacksAgeOutBefore(now), page);
}

export async function myJobs(tickets: TicketRepository, user: UserRecord, page: PageRequest): Promise<Page<TicketRecord>> {
  if (!can(user, 'list', 'assigned')) throw new ForbiddenError('Jobs are for technicians', '仅维修人员有工单任务');
  return tickets.listByAssignee(user.hospitalId, user.id, false, page);
}

/** Pool jobs (抢单) the technician is qualified for: submitted, in the pool, of one of their skills. */
export async function grabbableJobs(tickets: TicketRepository, user: UserRecord, page: PageRequest): Promise<Page<TicketRecord>> {
  if (!can(user, 'list', 'pool')) throw new ForbiddenError('The job pool is for technicians', '抢单池仅供维修人员使用');
  const pool = await tickets.pageDeskQueue(user.hospitalId, { inGrabPool: true, status: 'submitted' }, page);
  // Those they may grab: of their skills and their side (a vendor's pool jobs for its technicians only, issue 16).
  return { ...pool, items: pool.items.filter((t) => can(user, 'grab', t)) };
}
