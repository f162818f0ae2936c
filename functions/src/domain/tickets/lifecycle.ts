import type { TicketStatus } from '../../contract/enums';
import { ConflictError, ForbiddenError, IllegalTransitionError, InvalidError } from '../errors';
import { notifyRoles, notifyUsers, type NotificationIntent } from '../notifications';
import type { Completion, PartUsed, SlaBreach, TicketEventRecord, TicketRecord, UserRecord } from '../records';
import { actingRole } from '../access';
import { allowedCommands, mayEverGive, mayGiveNow, type TicketCommand } from './permissions';
import { DAY_MS, HOUR_MS, addMs, type LifecyclePolicy } from './policy';
import { nextWatch } from './slaWatch';

/** Who caused an event: a person, or the system (the SLA scanner, auto-confirmation). */
export interface Actor {
  id: string;
  name: string;
  role: TicketEventRecord['actorRole'];
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: '系统', role: 'system' };

/** One change of one ticket: written as one transaction (ticket with version check + event + outbox). */
export interface TicketChange {
  before: TicketRecord;
  after: TicketRecord;
  event: TicketEventRecord;
  notifications: NotificationIntent[];
}

export interface LifecycleContext {
  now: Date;
  policy: LifecyclePolicy;
}

function actorOf(user: UserRecord, ticket: TicketRecord): Actor {
  return { id: user.id, name: user.name, role: actingRole(user, ticket) };
}

/** Refuses a command the user may not give (403) or not in this status (409 naming what is allowed). */
export function authorize(user: UserRecord, ticket: TicketRecord, command: TicketCommand): void {
  if (!mayEverGive(user, ticket, command)) {
    throw new ForbiddenError(`You may not ${command} this ticket`, '您无权对该工单执行此操作');
  }
  if (!mayGiveNow(user, ticket, command)) {
    throw new IllegalTransitionError(ticket.status, command, allowedCommands(user, ticket));
  }
}

function audience(t: TicketRecord): string[] {
  return [t.reporterId, ...t.followerIds];
}

/** Builds the next version of the ticket and the event that records it. */
export function change(
  ctx: LifecycleContext,
  before: TicketRecord,
  actor: Actor,
  type: string,
  patch: Partial<TicketRecord>,
  extra: { note?: string | null; data?: Record<string, unknown> | null; notifications?: NotificationIntent[] } = {},
): TicketChange {
  const at = ctx.now.toISOString();
  const draft: TicketRecord = { ...before, ...patch, version: before.version + 1, updatedAt: at, lastNote: extra.note ?? before.lastNote ?? null };
  const after: TicketRecord = { ...draft, watch: nextWatch(draft, ctx.policy) };
  const statusChanged = after.status !== before.status;
  return {
    before,
    after,
    event: {
      hospitalId: before.hospitalId,
      ticketId: before.id,
      seq: after.version,
      type,
      at,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      fromStatus: statusChanged ? before.status : null,
      toStatus: statusChanged ? after.status : null,
      note: extra.note ?? null,
      data: extra.data ?? null,
    },
    notifications: extra.notifications ?? [],
  };
}

function reasonRequired(reason: string | undefined, what: string, whatZh: string): string {
  if (!reason || !reason.trim()) {
    throw new InvalidError(`A reason is required to ${what}`, `${whatZh}须填写原因`, [
      { field: 'body.reason', code: 'required', message: 'Give a reason', messageZh: '请填写原因' },
    ]);
  }
  return reason.trim();
}

export function assign(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, technician: UserRecord, reason?: string): TicketChange {
  authorize(user, t, 'assign');
  if (!technician.roles.includes('technician')) {
    throw new InvalidError('Only a technician can be assigned', '只能派给维修人员', [
      { field: 'body.technicianId', code: 'not_technician', message: 'This user is not a technician', messageZh: '该用户不是维修人员' },
    ]);
  }
  const reassign = t.status !== 'submitted';
  if (t.assigneeId === technician.id && t.status === 'assigned') {
    throw new ConflictError(`Already assigned to ${technician.name}`, `已派给${technician.name}`);
  }
  // Without a reason, assigning a ticket that someone has just assigned is a collision, not a reassignment.
  if (reassign && !reason?.trim()) {
    throw new ConflictError(
      `Already assigned to ${t.assigneeName ?? 'someone'}; give a reason to reassign`,
      `该工单已派给${t.assigneeName ?? '他人'}，如需改派请填写原因`,
    );
  }
  const why = reason?.trim() || null;
  return change(
    ctx,
    t,
    actorOf(user, t),
    reassign ? 'reassigned' : 'assigned',
    { status: 'assigned', assigneeId: technician.id, assigneeName: technician.name, inGrabPool: false, transferRequest: null, heldFrom: null, heldAt: null, holdReason: null },
    {
      note: why,
      data: { technicianId: technician.id, previousAssigneeId: t.assigneeId },
      notifications: [notifyUsers('new_job', [technician.id]), notifyUsers('ticket_assigned', audience(t))],
    },
  );
}

/** Auto-dispatch at submit time: the system assigns the top candidate; the desk sees it and can override. */
export function autoAssign(ctx: LifecycleContext, t: TicketRecord, technician: UserRecord, why: string): TicketChange {
  return change(
    ctx,
    t,
    SYSTEM_ACTOR,
    'auto_assigned',
    { status: 'assigned', assigneeId: technician.id, assigneeName: technician.name },
    { note: why, data: { technicianId: technician.id }, notifications: [notifyUsers('new_job', [technician.id]), notifyUsers('ticket_assigned', audience(t))] },
  );
}

export function accept(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'accept');
  return change(ctx, t, actorOf(user, t), 'accepted', { status: 'accepted', acceptedAt: t.acceptedAt ?? ctx.now.toISOString() }, {
    notifications: [notifyUsers('ticket_accepted', audience(t))],
  });
}

/** Arrival is proven by scanning the label at the place: the scanned code must be of this ticket's place or device. */
export function arrive(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  scanned: { code: string; locationId: string; assetId: string | null },
): TicketChange {
  authorize(user, t, 'arrive');
  const here = scanned.locationId === t.locationId || (t.assetId !== null && scanned.assetId === t.assetId);
  if (!here) {
    throw new InvalidError('This QR code belongs to another place; scan the label where the fault is', '该二维码不属于报修地点，请扫描现场标签', [
      { field: 'body.qrCode', code: 'wrong_place', message: 'The code is of another place', messageZh: '二维码地点不符' },
    ]);
  }
  return change(ctx, t, actorOf(user, t), 'arrived', { status: 'on_site', arrivedAt: t.arrivedAt ?? ctx.now.toISOString(), firstArrivedAt: t.firstArrivedAt ?? t.arrivedAt ?? ctx.now.toISOString() }, {
    data: { qrCode: scanned.code },
    notifications: [notifyUsers('technician_arrived', audience(t))],
  });
}

export function hold(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'hold');
  const why = reasonRequired(reason, 'put on hold', '挂起');
  return change(
    ctx,
    t,
    actorOf(user, t),
    'held',
    { status: 'on_hold', heldFrom: t.status === 'on_site' ? 'on_site' : 'accepted', heldAt: ctx.now.toISOString(), holdReason: why },
    { note: why, notifications: [notifyUsers('ticket_on_hold', audience(t))] },
  );
}

/** Resuming restarts the clock with the time that was left: pending deadlines move by the time on hold. */
export function resume(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'resume');
  const heldMs = t.heldAt ? ctx.now.getTime() - new Date(t.heldAt).getTime() : 0;
  const to: TicketStatus = t.heldFrom ?? 'accepted';
  return change(
    ctx,
    t,
    actorOf(user, t),
    'resumed',
    {
      status: to,
      heldFrom: null,
      heldAt: null,
      holdReason: null,
      arriveBy: t.arriveBy && !t.arrivedAt ? addMs(t.arriveBy, heldMs) : t.arriveBy,
    },
    { data: { heldMinutes: Math.round(heldMs / 60000) } },
  );
}

export function complete(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  input: { note: string; parts: PartUsed[]; photoKeys: string[] },
): TicketChange {
  authorize(user, t, 'complete');
  const completion: Completion = { note: input.note, parts: input.parts, photoKeys: input.photoKeys, byId: user.id };
  return change(
    ctx,
    t,
    actorOf(user, t),
    'completed',
    { status: 'completed', completedAt: ctx.now.toISOString(), completion, callback: null },
    {
      note: input.note,
      data: { parts: input.parts, partsCost: partsCost(input.parts), assetId: t.assetId },
      notifications: [notifyUsers('ticket_completed', audience(t))],
    },
  );
}

export function partsCost(parts: readonly PartUsed[]): number {
  return Math.round(parts.reduce((sum, p) => sum + p.quantity * p.unitCost, 0) * 100) / 100;
}

function reopenPatch(t: TicketRecord): Partial<TicketRecord> {
  return {
    status: 'assigned',
    reopenCount: t.reopenCount + 1,
    confirmedAt: null,
    satisfied: null,
    completedAt: null,
    arrivedAt: null,
    callback: null,
  };
}

/** The reporter (or a colleague of the same department) confirms; "not satisfied" sends it back to the technician. */
export function confirm(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, satisfied: boolean, note: string | undefined): TicketChange {
  authorize(user, t, 'confirm');
  if (!satisfied) {
    return change(ctx, t, actorOf(user, t), 'reopened', reopenPatch(t), {
      note: note ?? null,
      data: { cause: 'unsatisfied_confirmation' },
      notifications: [notifyUsers('ticket_reopened', [t.assigneeId]), notifyRoles('ticket_reopened', ['dispatcher'])],
    });
  }
  return change(ctx, t, actorOf(user, t), 'confirmed', { status: 'confirmed', confirmedAt: ctx.now.toISOString(), satisfied: true }, {
    note: note ?? null,
    notifications: [notifyUsers('ticket_confirmed', [t.assigneeId])],
  });
}

/** No answer within the configured time: the system confirms, and the desk's callback is still due. */
export function autoConfirm(ctx: LifecycleContext, t: TicketRecord): TicketChange {
  return change(ctx, t, SYSTEM_ACTOR, 'auto_confirmed', { status: 'confirmed', confirmedAt: ctx.now.toISOString() }, {
    note: `No answer within ${ctx.policy.autoConfirmAfterHours} h`,
  });
}

export function rate(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, score: number, comment: string | undefined): TicketChange {
  authorize(user, t, 'rate');
  if (t.rating) throw new ConflictError('This ticket is already rated', '该工单已评价');
  const at = ctx.now.toISOString();
  const lowRating = score <= 2;
  return change(
    ctx,
    t,
    actorOf(user, t),
    'rated',
    {
      rating: { score, comment: comment ?? null, at },
      complaint: lowRating
        ? {
            openedAt: at,
            respondBy: addMs(at, ctx.policy.complaintRespondWithinHours * HOUR_MS),
            resolveBy: addMs(at, ctx.policy.complaintResolveWithinHours * HOUR_MS),
            callbackBy: addMs(at, ctx.policy.complaintCallbackWithinHours * HOUR_MS),
            respondedAt: null,
            resolvedAt: null,
            calledBackAt: null,
          }
        : t.complaint,
    },
    {
      note: comment ?? null,
      data: { score },
      notifications: lowRating ? [notifyRoles('complaint_opened', ['dispatcher', 'manager'])] : [],
    },
  );
}

export function reopen(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'reopen');
  const why = reasonRequired(reason, 'reopen', '返修');
  const doneAt = t.completedAt ?? t.confirmedAt;
  if (doneAt && ctx.now.getTime() - new Date(doneAt).getTime() > ctx.policy.reopenWindowDays * DAY_MS) {
    throw new ConflictError(
      `Tickets can be reopened within ${ctx.policy.reopenWindowDays} days of completion; report it again instead`,
      `工单完成超过${ctx.policy.reopenWindowDays}天，不能返修，请重新报修`,
    );
  }
  return change(ctx, t, actorOf(user, t), 'reopened', reopenPatch(t), {
    note: why,
    notifications: [notifyUsers('ticket_reopened', [t.assigneeId]), notifyRoles('ticket_reopened', ['dispatcher'])],
  });
}

export function cancel(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'cancel');
  const why = reasonRequired(reason, 'cancel', '撤销');
  return change(ctx, t, actorOf(user, t), 'cancelled', { status: 'cancelled', closedAt: ctx.now.toISOString() }, {
    note: why,
    notifications: [notifyUsers('ticket_cancelled', [t.assigneeId, ...audience(t)].filter((id) => id !== user.id))],
  });
}

export function follow(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'follow');
  if (t.reporterId === user.id || t.followerIds.includes(user.id)) {
    throw new ConflictError('You already follow this ticket', '您已关注该工单');
  }
  return change(ctx, t, actorOf(user, t), 'followed', { followerIds: [...t.followerIds, user.id] });
}

/** The desk merges a duplicate into the ticket it repeats: the duplicate is cancelled, its people follow the other. */
export function merge(ctx: LifecycleContext, duplicate: TicketRecord, into: TicketRecord, user: UserRecord): [TicketChange, TicketChange] {
  authorize(user, duplicate, 'merge');
  authorize(user, into, 'merge');
  if (duplicate.id === into.id) throw new ConflictError('A ticket cannot be merged into itself', '不能合并到自身');
  const followers = [...new Set([...into.followerIds, duplicate.reporterId, ...duplicate.followerIds])].filter((id) => id !== into.reporterId);
  const actor = actorOf(user, duplicate);
  return [
    change(ctx, duplicate, actor, 'merged', { status: 'cancelled', mergedIntoId: into.id, closedAt: ctx.now.toISOString() }, {
      note: `→ ${into.number}`,
      data: { intoTicketId: into.id },
      notifications: [notifyUsers('ticket_merged', [duplicate.assigneeId, ...audience(duplicate)])],
    }),
    change(ctx, into, actor, 'duplicate_merged', { followerIds: followers }, { note: `← ${duplicate.number}`, data: { duplicateTicketId: duplicate.id } }),
  ];
}

/** 退单: the technician gives the job back; it returns to the desk's queue unassigned. */
export function handBack(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'handBack');
  const why = reasonRequired(reason, 'hand the job back', '退单');
  return change(ctx, t, actorOf(user, t), 'handed_back', { status: 'submitted', assigneeId: null, assigneeName: null, transferRequest: null }, {
    note: why,
    data: { technicianId: user.id },
    notifications: [notifyRoles('handed_back', ['dispatcher'], true)],
  });
}

/** 转单: the technician asks the desk to give the job to someone else; it stays theirs until the desk reassigns. */
export function requestTransfer(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'requestTransfer');
  const why = reasonRequired(reason, 'ask for a transfer', '转单');
  return change(ctx, t, actorOf(user, t), 'transfer_requested', { transferRequest: { byId: user.id, reason: why, at: ctx.now.toISOString() } }, {
    note: why,
    notifications: [notifyRoles('transfer_requested', ['dispatcher'], true)],
  });
}

/** 抢单: the first qualified technician to take a pool job gets it (the version check lets exactly one win). */
export function grab(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'grab');
  const at = ctx.now.toISOString();
  return change(
    ctx,
    t,
    actorOf(user, t),
    'grabbed',
    { status: 'accepted', assigneeId: user.id, assigneeName: user.name, inGrabPool: false, acceptedAt: t.acceptedAt ?? at },
    { notifications: [notifyUsers('ticket_accepted', audience(t))] },
  );
}

/** 回访: the desk calls the reporter back; recording it closes the ticket. */
export function recordCallback(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  input: { reached: boolean; satisfied?: boolean; note?: string },
): TicketChange {
  authorize(user, t, 'callback');
  const at = ctx.now.toISOString();
  return change(
    ctx,
    t,
    actorOf(user, t),
    'called_back',
    {
      status: 'closed',
      closedAt: at,
      callback: { reached: input.reached, satisfied: input.satisfied ?? null, note: input.note ?? null, at, byId: user.id },
    },
    { note: input.note ?? null, data: { reached: input.reached, satisfied: input.satisfied ?? null } },
  );
}

/** The desk works a complaint through its three steps, each against its own clock. */
export function advanceComplaint(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  step: 'respond' | 'resolve' | 'callback',
  note: string,
): TicketChange {
  authorize(user, t, 'complaint');
  if (!t.complaint) throw new ConflictError('This ticket has no open complaint', '该工单没有投诉');
  const at = ctx.now.toISOString();
  const field = ({ respond: 'respondedAt', resolve: 'resolvedAt', callback: 'calledBackAt' } as const)[step];
  if (t.complaint[field]) throw new ConflictError(`The complaint step ${step} is already recorded`, '该投诉环节已记录');
  return change(ctx, t, actorOf(user, t), `complaint_${step}`, { complaint: { ...t.complaint, [field]: at } }, { note });
}

/**
 * The SLA scanner's work on one ticket whose watch fell due: record the breach (desk first,
 * then the manager), or auto-confirm. Returns null when the watch is not (or no longer) due,
 * so running the scanner twice records nothing twice.
 */
export function escalate(ctx: LifecycleContext, t: TicketRecord): TicketChange | null {
  const watch = t.watch;
  if (!watch || new Date(watch.dueAt).getTime() > ctx.now.getTime()) return null;
  if (watch.kind === 'auto_confirm') return t.status === 'completed' ? autoConfirm(ctx, t) : null;
  const level = (watch.level + 1) as SlaBreach['level'];
  const breach: SlaBreach = { kind: watch.kind, level, at: ctx.now.toISOString() };
  const toDesk = level === 1;
  return change(ctx, t, SYSTEM_ACTOR, toDesk ? 'sla_breached' : 'sla_escalated', { breaches: [...t.breaches, breach] }, {
    data: { kind: watch.kind, level, dueAt: watch.dueAt },
    notifications: [toDesk ? notifyRoles('sla_breached', ['dispatcher'], true) : notifyRoles('sla_escalated', ['manager'])],
  });
}
