import type { TicketCommand } from '../../contract/lifecycle';
import { ConflictError, ForbiddenError, IllegalTransitionError, InvalidError } from '../errors';
import type { Completion, PartUsed, SlaBreach, TicketRecord, UserRecord } from '../records';
import { actingRole } from '../access';
import { can, decide } from '../policy/can';
import { allowedCommands } from './permissions';
import { DAY_MS, HOUR_MS, addMs } from './policy';
import { SYSTEM_TABLE } from './lifecycleTable';
import { NO_SIGN_OFF, signOffOf, type SignOffInput } from './signOff';
import { SYSTEM_ACTOR, actedAt, transition, type Actor, type LifecycleContext, type TicketChange } from './transition';

export { SYSTEM_ACTOR, type Actor, type LifecycleContext, type TicketChange };

/**
 * The ticket commands: each checks its own business rules and gathers its data; the lifecycle
 * table (lifecycleTable.ts) gives the status it leads to, the event, whom to tell and the SLA
 * effect; the policy (policy/can.ts) says who may.
 */

function actorOf(user: UserRecord, ticket: TicketRecord): Actor {
  return { id: user.id, name: user.name, role: actingRole(user, ticket) };
}

/** Refuses a command the user may not give (403) or not in this status (409 naming what is allowed). */
export function authorize(user: UserRecord, ticket: TicketRecord, command: TicketCommand): void {
  const decision = decide(user, command, ticket);
  if (decision === 'forbidden') {
    throw new ForbiddenError(`You may not ${command} this ticket`, '您无权对该工单执行此操作');
  }
  if (decision === 'notNow') {
    throw new IllegalTransitionError(ticket.status, command, allowedCommands(user, ticket));
  }
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
  if (technician.roles.includes('technician') && !can(technician, 'beAssigned', t)) {
    // Issue 16: a vendor's job goes only to that vendor's technicians, an in-house job only to the hospital's.
    throw new InvalidError('This technician works for another employer than this job', '该维修人员与工单不属于同一单位', [
      {
        field: 'body.technicianId',
        code: 'other_employer',
        message: t.vendorId ? "A vendor's job goes only to that vendor's technicians" : "A hospital job goes only to the hospital's own technicians",
        messageZh: t.vendorId ? '外包单位的工单只能派给该单位的维修人员' : '院内工单只能派给本院维修人员',
      },
    ]);
  }
  if (!can(technician, 'beAssigned', t)) {
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
  return transition(
    ctx,
    t,
    actorOf(user, t),
    'assign',
    reassign ? 'reassigned' : 'assigned',
    { assigneeId: technician.id, assigneeName: technician.name, inGrabPool: false, transferRequest: null, heldFrom: null, heldAt: null, holdReason: null },
    { note: reason?.trim() || null, data: { technicianId: technician.id, previousAssigneeId: t.assigneeId } },
  );
}

/** Auto-dispatch at submit time: the system assigns the top candidate; the desk sees it and can override. */
export function autoAssign(ctx: LifecycleContext, t: TicketRecord, technician: UserRecord, why: string): TicketChange {
  return transition(ctx, t, SYSTEM_ACTOR, 'autoAssign', 'auto_assigned', { assigneeId: technician.id, assigneeName: technician.name }, {
    note: why,
    data: { technicianId: technician.id },
  });
}

export function accept(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'accept');
  return transition(ctx, t, actorOf(user, t), 'accept', 'accepted');
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
  return transition(ctx, t, actorOf(user, t), 'arrive', 'arrived', {}, { data: { qrCode: scanned.code } });
}

export function hold(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'hold');
  const why = reasonRequired(reason, 'put on hold', '挂起');
  return transition(ctx, t, actorOf(user, t), 'hold', 'held', { holdReason: why }, { note: why });
}

/** Resuming restarts the clock with the time that was left (the table's `resumesClock`). */
export function resume(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'resume');
  const heldMs = t.heldAt ? actedAt(ctx).getTime() - new Date(t.heldAt).getTime() : 0;
  return transition(ctx, t, actorOf(user, t), 'resume', 'resumed', {}, { data: { heldMinutes: Math.round(heldMs / 60000) } });
}

export function complete(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  input: { note: string; parts: PartUsed[]; photoKeys: string[] },
): TicketChange {
  authorize(user, t, 'complete');
  const total = partsCost(input.parts);
  const limit = ctx.policy.maxPartsCostPerTicketYuan;
  if (total > limit) {
    throw new InvalidError(`The parts come to ¥${total}, more than the ¥${limit} a completion may charge`, `配件合计 ¥${total}，超过单次完工上限 ¥${limit}`, [
      { field: 'body.parts', code: 'parts_total_too_high', message: `At most ¥${limit} per ticket; check the quantities and unit costs`, messageZh: `每张工单最多 ¥${limit}，请核对数量和单价` },
    ]);
  }
  const completion: Completion = { note: input.note, parts: input.parts, photoKeys: input.photoKeys, byId: user.id };
  return transition(ctx, t, actorOf(user, t), 'complete', 'completed', { completion, callback: null }, {
    note: input.note,
    data: { parts: input.parts, partsCost: partsCost(input.parts), assetId: t.assetId },
  });
}

export function partsCost(parts: readonly PartUsed[]): number {
  return Math.round(parts.reduce((sum, p) => sum + p.quantity * p.unitCost, 0) * 100) / 100;
}

/**
 * The reporter (or a colleague of the same department) confirms; "not satisfied" sends it back to
 * the technician (no signature needed for that). A satisfied confirmation keeps its sign-off, and
 * is refused without one where the category requires it (signOff.ts).
 */
export function confirm(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  satisfied: boolean,
  note: string | undefined,
  signOff: SignOffInput = NO_SIGN_OFF,
): TicketChange {
  authorize(user, t, 'confirm');
  if (!satisfied) {
    return transition(ctx, t, actorOf(user, t), 'confirm', 'reopened', {}, { note: note ?? null, data: { cause: 'unsatisfied_confirmation' } });
  }
  const at = ctx.now.toISOString();
  const signature = signOffOf(signOff, user, at);
  return transition(ctx, t, actorOf(user, t), 'confirm', 'confirmed', { confirmedAt: at, satisfied: true, signature }, {
    note: note ?? null,
    data: signature ? { signed: true } : null,
  });
}

/** No answer within the configured time: the system confirms, and the desk's callback is still due. */
export function autoConfirm(ctx: LifecycleContext, t: TicketRecord): TicketChange | null {
  if (!SYSTEM_TABLE.autoConfirm.who.system.some((s) => s === t.status)) return null;
  return transition(ctx, t, SYSTEM_ACTOR, 'autoConfirm', 'auto_confirmed', { confirmedAt: ctx.now.toISOString() }, {
    // A timeline note the reporter reads: Chinese, as the ward speaks.
    note: `${ctx.policy.autoConfirmAfterHours} 小时内未确认，系统自动确认`,
  });
}

export function rate(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, score: number, comment: string | undefined): TicketChange {
  authorize(user, t, 'rate');
  if (t.rating) throw new ConflictError('This ticket is already rated', '该工单已评价');
  const at = ctx.now.toISOString();
  const lowRating = score <= 2;
  return transition(
    ctx,
    t,
    actorOf(user, t),
    'rate',
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
    { note: comment ?? null, data: { score } },
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
  return transition(ctx, t, actorOf(user, t), 'reopen', 'reopened', {}, { note: why });
}

export function cancel(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'cancel');
  const why = reasonRequired(reason, 'cancel', '撤销');
  return transition(ctx, t, actorOf(user, t), 'cancel', 'cancelled', { closedAt: ctx.now.toISOString() }, { note: why });
}

export function follow(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'follow');
  if (t.reporterId === user.id || t.followerIds.includes(user.id)) {
    throw new ConflictError('You already follow this ticket', '您已关注该工单');
  }
  return transition(ctx, t, actorOf(user, t), 'follow', 'followed', { followerIds: [...t.followerIds, user.id] });
}

/** The desk merges a duplicate into the ticket it repeats: the duplicate is cancelled, its people follow the other. */
export function merge(ctx: LifecycleContext, duplicate: TicketRecord, into: TicketRecord, user: UserRecord): [TicketChange, TicketChange] {
  authorize(user, duplicate, 'merge');
  authorize(user, into, 'merge');
  if (duplicate.id === into.id) throw new ConflictError('A ticket cannot be merged into itself', '不能合并到自身');
  const followers = [...new Set([...into.followerIds, duplicate.reporterId, ...duplicate.followerIds])].filter((id) => id !== into.reporterId);
  const actor = actorOf(user, duplicate);
  return [
    transition(ctx, duplicate, actor, 'merge', 'merged', { mergedIntoId: into.id, closedAt: ctx.now.toISOString() }, {
      note: `→ ${into.number}`,
      data: { intoTicketId: into.id },
    }),
    transition(ctx, into, actor, 'merge', 'duplicate_merged', { followerIds: followers }, { note: `← ${duplicate.number}`, data: { duplicateTicketId: duplicate.id } }),
  ];
}

/** 退单: the technician gives the job back; it returns to the desk's queue unassigned. */
export function handBack(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'handBack');
  const why = reasonRequired(reason, 'hand the job back', '退单');
  return transition(ctx, t, actorOf(user, t), 'handBack', 'handed_back', { assigneeId: null, assigneeName: null, transferRequest: null }, {
    note: why,
    data: { technicianId: user.id },
  });
}

/** 转单: the technician asks the desk to give the job to someone else; it stays theirs until the desk reassigns. */
export function requestTransfer(ctx: LifecycleContext, t: TicketRecord, user: UserRecord, reason: string | undefined): TicketChange {
  authorize(user, t, 'requestTransfer');
  const why = reasonRequired(reason, 'ask for a transfer', '转单');
  return transition(ctx, t, actorOf(user, t), 'requestTransfer', 'transfer_requested', { transferRequest: { byId: user.id, reason: why, at: ctx.now.toISOString() } }, { note: why });
}

/** 抢单: the first qualified technician to take a pool job gets it (the version check lets exactly one win). */
export function grab(ctx: LifecycleContext, t: TicketRecord, user: UserRecord): TicketChange {
  authorize(user, t, 'grab');
  return transition(ctx, t, actorOf(user, t), 'grab', 'grabbed', { assigneeId: user.id, assigneeName: user.name, inGrabPool: false });
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
  return transition(
    ctx,
    t,
    actorOf(user, t),
    'callback',
    'called_back',
    { closedAt: at, callback: { reached: input.reached, satisfied: input.satisfied ?? null, note: input.note ?? null, at, byId: user.id } },
    { note: input.note ?? null, data: { reached: input.reached, satisfied: input.satisfied ?? null } },
  );
}

const COMPLAINT_FIELD = { respond: 'respondedAt', resolve: 'resolvedAt', callback: 'calledBackAt' } as const;

/** The desk works a complaint through its three steps, each against its own clock. */
export function advanceComplaint(
  ctx: LifecycleContext,
  t: TicketRecord,
  user: UserRecord,
  step: keyof typeof COMPLAINT_FIELD,
  note: string,
): TicketChange {
  authorize(user, t, 'complaint');
  if (!t.complaint) throw new ConflictError('This ticket has no open complaint', '该工单没有投诉');
  const field = COMPLAINT_FIELD[step];
  if (t.complaint[field]) throw new ConflictError(`The complaint step ${step} is already recorded`, '该投诉环节已记录');
  return transition(ctx, t, actorOf(user, t), 'complaint', `complaint_${step}`, { complaint: { ...t.complaint, [field]: ctx.now.toISOString() } }, { note });
}

/**
 * The SLA scanner's work on one ticket whose watch fell due: record the breach (desk first,
 * then the manager), or auto-confirm. Returns null when the watch is not (or no longer) due,
 * so running the scanner twice records nothing twice.
 */
export function escalate(ctx: LifecycleContext, t: TicketRecord): TicketChange | null {
  const watch = t.watch;
  if (!watch || new Date(watch.dueAt).getTime() > ctx.now.getTime()) return null;
  if (watch.kind === 'auto_confirm') return autoConfirm(ctx, t);
  if (!SYSTEM_TABLE.escalate.who.system.some((s) => s === t.status)) return null;
  const level = (watch.level + 1) as SlaBreach['level'];
  const breach: SlaBreach = { kind: watch.kind, level, at: ctx.now.toISOString() };
  return transition(ctx, t, SYSTEM_ACTOR, 'escalate', level === 1 ? 'sla_breached' : 'sla_escalated', { breaches: [...t.breaches, breach] }, {
    data: { kind: watch.kind, level, dueAt: watch.dueAt },
  });
}
