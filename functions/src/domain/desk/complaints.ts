import { ForbiddenError } from '../errors';
import { can } from '../policy/can';
import type { TicketRepository } from '../ports';
import type { Page, PageRequest, TicketRecord, UserRecord } from '../records';

/** The desk's complaint list: tickets whose complaint still has a step to record, oldest first. */
export async function openComplaints(tickets: TicketRepository, user: UserRecord, page: PageRequest): Promise<Page<TicketRecord>> {
  if (!can(user, 'list', 'complaints')) throw new ForbiddenError('Complaints are for the service desk', '投诉仅供服务台使用');
  return tickets.pageOpenComplaints(user.hospitalId, page);
}
