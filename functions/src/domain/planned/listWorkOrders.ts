import { TZDate } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';
import { InvalidError } from '../errors';
import { can } from '../policy/can';
import type { CatalogRepository, Clock } from '../ports';
import type { Page, PageRequest, UserRecord } from '../records';
import type { WorkOrderCommandStore } from './commandPorts';
import type { WorkOrderRepository } from './ports';
import type { WorkOrderRecord } from './records';

/** Orders are made at most ~two months ahead (leadDays ≤ 60); open ones older than two months are still shown. */
const MONTHS_BACK = 3;
const MONTHS_AHEAD = 2;

export interface ListWorkOrdersDeps {
  workOrders: Pick<WorkOrderRepository, 'pageOpenOfTechnician'>;
  workOrderCommands: Pick<WorkOrderCommandStore, 'listOpenOfMonths'>;
  catalog: Pick<CatalogRepository, 'getHospital'>;
  clock: Clock;
}

/** The months (yyyy-mm) around the hospital's today whose open orders the `due` list reads. */
export function monthsAround(now: Date, timezone: string): string[] {
  const today = new TZDate(now, timezone);
  return Array.from({ length: MONTHS_BACK + MONTHS_AHEAD + 1 }, (_, i) => format(addMonths(today, i - MONTHS_BACK), 'yyyy-MM'));
}

/** The `due` list's cursor: how many orders the earlier pages showed. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o(\d{1,6})$/.exec(cursor);
  if (!match) throw new InvalidError('The cursor is not valid', '分页参数无效', [{ field: 'query.cursor', code: 'invalid_cursor', message: 'Not a cursor of this list', messageZh: '不是此列表的分页参数' }]);
  return Number(match[1]);
}

/**
 * mine: the technician's open orders, soonest closing first (GSI2). due: every open order the
 * caller may see — the desk's and managers' whole hospital, a technician's own and their team's
 * unassigned ones — by closing day (GSI1, a few months around today).
 */
export async function listWorkOrderPage(deps: ListWorkOrdersDeps, user: UserRecord, scope: 'mine' | 'due', page: PageRequest): Promise<Page<WorkOrderRecord>> {
  if (scope === 'mine') return deps.workOrders.pageOpenOfTechnician(user.hospitalId, user.id, page);
  const hospital = await deps.catalog.getHospital(user.hospitalId);
  const open = await deps.workOrderCommands.listOpenOfMonths(user.hospitalId, monthsAround(deps.clock.now(), hospital?.timezone ?? 'Asia/Shanghai'));
  const visible = open
    .filter((order) => can(user, 'plannedWork', { order, act: 'view' }))
    .sort((a, b) => (a.closesOn === b.closesOn ? (a.id < b.id ? -1 : 1) : a.closesOn < b.closesOn ? -1 : 1));
  const from = offsetOf(page.cursor);
  const items = visible.slice(from, from + page.limit);
  return { items, nextCursor: from + page.limit < visible.length ? `o${from + page.limit}` : null };
}
