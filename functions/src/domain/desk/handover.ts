import { ulid } from 'ulid';
import { InvalidError, NotFoundError } from '../errors';
import { onShiftAt, type OnShiftCheck } from '../dispatch/rota';
import type { CatalogRepository, HandoverRepository, ShiftRepository, TicketRepository, UserRepository } from '../ports';
import type { HandoverRecord, Page, PageRequest, TicketRecord, UserRecord } from '../records';
import { can } from '../policy/can';
import { callbacksOwed } from './queue';

/** The first page of callbacks the sheet shows; the callbacks screen pages through the rest. */
export const HANDOVER_CALLBACKS_SHOWN = 20;

export interface HandoverSheet {
  /** A page of the unfinished tickets; each carries its latest note (TicketRecord.lastNote). */
  open: Page<TicketRecord>;
  /** Null when more pages follow: a count would read every open ticket. */
  openCount: number | null;
  callbacksDue: TicketRecord[];
  incoming: IncomingDispatcher[];
  recent: HandoverRecord[];
}

export interface IncomingDispatcher {
  id: string;
  name: string;
  onShift: boolean;
}

/** The dispatchers who may take the desk from `user`: those on shift now first, then the others, by name. */
export function incomingDispatchers(users: readonly UserRecord[], user: UserRecord, onShift: OnShiftCheck): IncomingDispatcher[] {
  return users
    .filter((u) => u.id !== user.id && can(u, 'takeOverDesk', null))
    .map((u) => ({ id: u.id, name: u.name, onShift: onShift(u) }))
    .sort((a, b) => Number(b.onShift) - Number(a.onShift) || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * 交接班: the sheet lists the unfinished tickets with their state, deadline and last note, a page
 * at a time, so its first page costs the same at 10 open tickets or 10,000. The rest of the
 * sheet (the callbacks owed, the incoming dispatchers, the last handovers) comes with the first
 * page only. A count of all open tickets is given only when one page holds them all.
 */
export async function handoverSheet(
  deps: { tickets: TicketRepository; handovers: HandoverRepository; users: UserRepository; catalog: CatalogRepository; shifts: ShiftRepository },
  user: UserRecord,
  page: PageRequest,
  now: Date,
): Promise<HandoverSheet> {
  if (page.cursor) {
    const open = await deps.tickets.pageDeskQueue(user.hospitalId, {}, page);
    return { open, openCount: open.nextCursor ? null : open.items.length, callbacksDue: [], incoming: [], recent: [] };
  }
  const [open, callbacks, recent, users, hospital] = await Promise.all([
    deps.tickets.pageDeskQueue(user.hospitalId, {}, page),
    callbacksOwed(deps.tickets, user, now, { limit: HANDOVER_CALLBACKS_SHOWN }),
    deps.handovers.listRecent(user.hospitalId, 10),
    deps.users.listUsers(user.hospitalId),
    deps.catalog.getHospital(user.hospitalId),
  ]);
  const incoming = incomingDispatchers(users, user, await onShiftAt(deps.shifts, user.hospitalId, now, hospital?.timezone ?? 'Asia/Shanghai'));
  return { open, openCount: open.nextCursor ? null : open.items.length, callbacksDue: callbacks.items, incoming, recent };
}

/** Records who handed the desk to whom; the open tickets at that moment go with it, none left out. */
export async function recordHandover(
  deps: { tickets: TicketRepository; handovers: HandoverRepository; users: UserRepository },
  from: UserRecord,
  toUserId: string,
  note: string | undefined,
  now: Date,
): Promise<HandoverRecord> {
  const to = await deps.users.getUser(from.hospitalId, toUserId);
  if (!to) throw new NotFoundError(`User ${toUserId}`, `用户 ${toUserId} `);
  if (!can(to, 'takeOverDesk', null) || to.id === from.id) {
    throw new InvalidError('Hand over to another dispatcher', '请交接给另一位调度员', [
      { field: 'body.toUserId', code: 'not_dispatcher', message: 'Must be another dispatcher', messageZh: '须为另一位调度员' },
    ]);
  }
  const open = await deps.tickets.listDeskQueue(from.hospitalId);
  const record: HandoverRecord = {
    hospitalId: from.hospitalId,
    id: ulid(now.getTime()),
    at: now.toISOString(),
    fromUserId: from.id,
    fromUserName: from.name,
    toUserId: to.id,
    toUserName: to.name,
    note: note?.trim() || null,
    ticketIds: open.map((t) => t.id),
  };
  await deps.handovers.record(record);
  return record;
}
