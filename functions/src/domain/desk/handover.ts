import { ulid } from 'ulid';
import { InvalidError, NotFoundError } from '../errors';
import type { HandoverRepository, TicketRepository, UserRepository } from '../ports';
import type { HandoverRecord, TicketRecord, UserRecord } from '../records';
import { can } from '../policy/can';

export interface HandoverSheet {
  /** Every unfinished ticket; each carries its latest note (TicketRecord.lastNote). */
  open: TicketRecord[];
  callbacksDue: TicketRecord[];
  recent: HandoverRecord[];
}

/** 交接班: the sheet lists every unfinished ticket with its state, deadline and last note. */
export async function handoverSheet(deps: { tickets: TicketRepository; handovers: HandoverRepository }, user: UserRecord): Promise<HandoverSheet> {
  const [open, callbacksDue, recent] = await Promise.all([
    deps.tickets.listDeskQueue(user.hospitalId),
    deps.tickets.listCallbacksDue(user.hospitalId),
    deps.handovers.listRecent(user.hospitalId, 10),
  ]);
  return { open, callbacksDue, recent };
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
