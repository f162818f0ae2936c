import { ForbiddenError, InvalidError } from '../errors';
import { can } from '../policy/can';
import type { TicketRepository } from '../ports';
import type { Page, PageRequest, TicketRecord, UserRecord } from '../records';
import { searchTokenOf } from './searchTerms';

export interface TicketSearch {
  /** A ticket number, a phone number or a name (or the start of one). */
  q?: string | undefined;
  location?: string | undefined;
  asset?: string | undefined;
}

/**
 * The desk's search, server side and a page at a time: by place (AP-57) or device (AP-17), or by
 * what was typed (AP-56: the search items written with each ticket). Each is one bounded Query.
 */
export function searchTickets(tickets: TicketRepository, user: UserRecord, search: TicketSearch, page: PageRequest): Promise<Page<TicketRecord>> {
  if (!can(user, 'list', 'search')) throw new ForbiddenError('Ticket search is for the service desk', '工单搜索仅供服务台使用');
  if (search.asset) return tickets.listAssetHistory(user.hospitalId, search.asset, page);
  if (search.location) return tickets.listAtLocation(user.hospitalId, search.location, page);
  if (search.q) return tickets.searchByToken(user.hospitalId, searchTokenOf(search.q), page);
  throw new InvalidError('Say what to search for', '请输入搜索内容', [
    { field: 'q', code: 'required', message: 'Give q (a number, phone or name), location or asset', messageZh: '请输入工单号、电话或姓名，或选择位置、设备' },
  ]);
}
