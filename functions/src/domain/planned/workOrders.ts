import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { Role } from '../../contract/enums';
import type { ItemResult, ItemResultInput } from '../../contract/planned';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, type FieldProblem } from '../errors';
import { notifyUsers, type NotificationIntent } from '../notifications';
import { isOwnPhotoKey } from '../photos/photoKeys';
import { can } from '../policy/can';
import type { UserRecord } from '../records';
import type { OfflineTiming } from '../tickets/deviceTime';
import type { CheckpointRecord, WorkOrderRecord } from './records';

/**
 * The rules of running a planned work order (issue 15, design15.md): start, record or skip a
 * checkpoint, postpone, complete, and the desk's reassignment. Pure functions: each returns the
 * change (the order before and after, its event, whom to tell) that one transaction writes.
 */

export type WorkOrderEventType = 'started' | 'checkpoint_recorded' | 'checkpoint_skipped' | 'postponed' | 'completed' | 'assigned' | 'overdue';

/** Append-only, beside the order (EV#<seq>); seq equals the order version it produced. */
export interface WorkOrderEventRecord {
  hospitalId: string;
  workOrderId: string;
  seq: number;
  type: WorkOrderEventType;
  at: string;
  actorId: string;
  actorName: string;
  actorRole: Role | 'system';
  note: string | null;
  data: Record<string, unknown> | null;
  /** The phone's time of a command queued offline; `at` is the server's. */
  deviceAt?: string;
}

export interface WorkOrderChange {
  before: WorkOrderRecord;
  after: WorkOrderRecord;
  event: WorkOrderEventRecord;
  notifications: NotificationIntent[];
  /** When the overdue escalation must look at the order next (GSI4 SLA#); null: nothing pending. */
  overdueWatchAt: string | null;
}

export interface WorkOrderContext {
  now: Date;
  /** The hospital's zone: on-time and overdue count its calendar days. */
  timezone: string;
  /** A command queued on the phone without a signal: its device time, and the time it counts as made. */
  offline?: OfflineTiming;
}

/** The instant the hospital's day `day` (yyyy-mm-dd) ends: 00:00 of the next day in its zone. */
export function endOfHospitalDay(day: string, timezone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, 0, timezone).getTime());
}

/** The hospital's calendar day (yyyy-mm-dd) of an instant. */
export function hospitalCalendarDay(instant: Date, timezone: string): string {
  return format(new TZDate(instant, timezone), 'yyyy-MM-dd');
}

/** The day `n` days after `day` (calendar arithmetic, no zone involved). */
export function dayPlus(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format(addDays(new Date(y, m - 1, d), n), 'yyyy-MM-dd');
}

/** On time: completed on or before the closing day, by the hospital's calendar (early work counts too). */
export function isOnTime(completedAt: Date, closesOn: string, timezone: string): boolean {
  return hospitalCalendarDay(completedAt, timezone) <= closesOn;
}

/** The escalation a day after the desk was told goes to the managers. */
export const MANAGER_ESCALATION_AFTER_MS = 24 * 3600_000;

/** When the overdue escalation looks at the order next: its closing day's end, then a day later; never once done or fully escalated. */
export function overdueWatchAt(order: WorkOrderRecord, timezone: string): string | null {
  if (order.status === 'done') return null;
  const closesEnd = endOfHospitalDay(order.closesOn, timezone).getTime();
  const told = new Set(order.escalations.map((e) => e.level));
  if (!told.has(1)) return new Date(closesEnd).toISOString();
  if (!told.has(2)) return new Date(closesEnd + MANAGER_ESCALATION_AFTER_MS).toISOString();
  return null;
}

const conflict = (message: string, messageZh: string) => new ConflictError(message, messageZh);

/** The order as the caller may see it, or 404 (the same as for an order that does not exist, or another hospital's). */
export function assertMayView(user: UserRecord, order: WorkOrderRecord | null, id: string): WorkOrderRecord {
  if (!order || !can(user, 'plannedWork', { order, act: 'view' })) throw new NotFoundError(`Work order ${id}`, `计划工单 ${id} `);
  return order;
}

function assertMayRun(user: UserRecord, order: WorkOrderRecord): void {
  if (!can(user, 'plannedWork', { order, act: 'run' })) {
    throw new ForbiddenError("Only the order's technician (or its team's, while nobody has it) works on it", '只有该计划工单的技术员（或未分配时同班组的技术员）可以执行');
  }
}

/**
 * The version the client saw must be the order's. A command queued offline was made on what the
 * phone saw then, before the round's other queued steps: it applies to the order as it is now
 * (the write is still conditional on the version read).
 */
function assertVersion(ctx: WorkOrderContext, order: WorkOrderRecord, version: number): void {
  if (!ctx.offline && version !== order.version) {
    throw conflict('This work order changed since you opened it; reload it and try again', '该计划工单已被更新，请刷新后重试');
  }
}

function assertNotDone(order: WorkOrderRecord): void {
  if (order.status === 'done') throw conflict('This work order is already completed', '该计划工单已完成');
}

/** The time a command counts as made: the phone's (within bounds) for a queued one, else the server's. */
const actedAt = (ctx: WorkOrderContext): Date => ctx.offline?.actedAt ?? ctx.now;

/** The technician's previous move on the order (the bound of a queued command's device time). */
export function previousMoveMs(order: WorkOrderRecord): number {
  const times = [order.createdAt, order.startedAt, ...order.checkpoints.map((c) => c.at)].filter((t): t is string => !!t);
  return Math.max(...times.map((t) => new Date(t).getTime()));
}

function change(
  ctx: WorkOrderContext,
  before: WorkOrderRecord,
  patch: Partial<WorkOrderRecord>,
  actor: UserRecord | null,
  type: WorkOrderEventType,
  details: { note?: string | null; data?: Record<string, unknown> | null; notifications?: NotificationIntent[] } = {},
): WorkOrderChange {
  const at = ctx.now.toISOString();
  const after: WorkOrderRecord = { ...before, ...patch, version: before.version + 1, updatedAt: at };
  const event: WorkOrderEventRecord = {
    hospitalId: before.hospitalId,
    workOrderId: before.id,
    seq: after.version,
    type,
    at,
    actorId: actor?.id ?? 'system',
    actorName: actor?.name ?? '系统',
    actorRole: actor ? (actor.roles.includes('technician') ? 'technician' : (actor.roles[0] ?? 'reporter')) : 'system',
    note: details.note ?? null,
    data: details.data ?? null,
    ...(ctx.offline ? { deviceAt: ctx.offline.deviceAt } : {}),
  };
  return { before, after, event, notifications: details.notifications ?? [], overdueWatchAt: overdueWatchAt(after, ctx.timezone) };
}

/** A technician of the order's team who works on an order nobody has takes it. */
function taken(order: WorkOrderRecord, user: UserRecord): Partial<WorkOrderRecord> {
  return order.technicianId === null ? { technicianId: user.id } : {};
}

/** Work begins: a scheduled order moves on; a missed one stays missed (it is still workable). */
function begun(order: WorkOrderRecord, at: Date): Partial<WorkOrderRecord> {
  return { startedAt: order.startedAt ?? at.toISOString(), ...(order.status === 'scheduled' ? { status: 'in_progress' as const } : {}) };
}

export function startWorkOrder(ctx: WorkOrderContext, order: WorkOrderRecord, user: UserRecord, version: number): WorkOrderChange {
  assertMayRun(user, order);
  assertVersion(ctx, order, version);
  assertNotDone(order);
  if (order.startedAt) throw conflict('This work order is already started', '该计划工单已开始');
  return change(ctx, order, { ...taken(order, user), ...begun(order, actedAt(ctx)) }, user, 'started');
}

function checkpointAt(order: WorkOrderRecord, index: number): CheckpointRecord {
  const checkpoint = order.checkpoints[index];
  if (!checkpoint) throw new NotFoundError(`Checkpoint ${index} of work order ${order.id}`, `检查点 ${index + 1} `);
  return checkpoint;
}

function problem(field: string, code: string, message: string, messageZh: string): FieldProblem {
  return { field, code, message, messageZh };
}

/** A result's failure: a fail, or a number outside its item's range. */
function isFailed(item: WorkOrderRecord['checklist'][number], result: ItemResultInput): boolean {
  if (item.kind === 'passFail') return result.pass === false;
  if (item.kind === 'number' && result.value !== undefined) return (item.min !== undefined && result.value < item.min) || (item.max !== undefined && result.value > item.max);
  return false;
}

/** What each kind of item needs in its result (a photo item: a photo this technician uploaded for this hospital). */
function missingValue(item: WorkOrderRecord['checklist'][number], result: ItemResultInput, user: UserRecord): FieldProblem | null {
  const at = `body.results.${item.id}`;
  switch (item.kind) {
    case 'passFail':
      return result.pass === undefined ? problem(at, 'pass_required', `${item.id}: pass or fail`, `「${item.label.zh}」请选择合格或不合格`) : null;
    case 'number':
      return result.value === undefined ? problem(at, 'value_required', `${item.id}: a reading`, `「${item.label.zh}」请填写读数`) : null;
    case 'text':
      return !result.text?.trim() ? problem(at, 'text_required', `${item.id}: a text`, `「${item.label.zh}」请填写内容`) : null;
    case 'photo':
      if (!result.photoKey) return problem(at, 'photo_required', `${item.id}: a photo`, `「${item.label.zh}」请拍照`);
      return isOwnPhotoKey(result.photoKey, user.hospitalId, user.id) ? null : problem(at, 'photo_not_uploaded', `${item.id}: not a photo you uploaded`, `「${item.label.zh}」的照片不是您上传的`);
  }
}

/**
 * The checklist's results, checked against the order's checklist: every item named once and
 * known, every required item present, each with the value its kind needs. Returned in the
 * checklist's order, `failed` set, without tickets yet. 400 with every problem at once.
 */
export function checkResults(order: WorkOrderRecord, inputs: readonly ItemResultInput[], user: UserRecord): ItemResult[] {
  const problems: FieldProblem[] = [];
  const byId = new Map<string, ItemResultInput>();
  for (const input of inputs) {
    if (byId.has(input.itemId)) problems.push(problem(`body.results.${input.itemId}`, 'duplicate_item', `${input.itemId} is given twice`, `检查项「${input.itemId}」重复`));
    else if (!order.checklist.some((i) => i.id === input.itemId)) problems.push(problem(`body.results.${input.itemId}`, 'unknown_item', `No checklist item ${input.itemId}`, `没有检查项「${input.itemId}」`));
    byId.set(input.itemId, input);
  }
  const results: ItemResult[] = [];
  for (const item of order.checklist) {
    const input = byId.get(item.id);
    if (!input) {
      if (item.required) problems.push(problem(`body.results.${item.id}`, 'item_required', `${item.id} is required`, `「${item.label.zh}」为必填项`));
      continue;
    }
    const missing = missingValue(item, input, user);
    if (missing && (item.required || item.kind === 'photo')) {
      problems.push(missing);
      continue;
    }
    results.push({
      itemId: item.id,
      pass: input.pass ?? null,
      value: input.value ?? null,
      text: input.text ?? null,
      photoKey: input.photoKey ?? null,
      failed: isFailed(item, input),
      ticketId: null,
      ticketNumber: null,
    });
  }
  if (problems.length > 0) throw new InvalidError('The checklist results are incomplete or invalid', '检查结果不完整或有误', problems);
  return results;
}

/** Before anything is written: may the user record this checkpoint now, with this label? */
export function checkRecording(ctx: WorkOrderContext, order: WorkOrderRecord, user: UserRecord, index: number, body: { qrCode: string; version: number }): CheckpointRecord {
  assertMayRun(user, order);
  assertVersion(ctx, order, body.version);
  assertNotDone(order);
  const checkpoint = checkpointAt(order, index);
  // Scanning proves presence: only the checkpoint's own label will do.
  if (checkpoint.qrCode === null || checkpoint.qrCode !== body.qrCode) {
    throw conflict("This is not this checkpoint's QR code", '这不是该检查点的二维码');
  }
  return checkpoint;
}

/** The tickets that failed items opened, by item id. */
export type OpenedTickets = ReadonlyMap<string, { ticketId: string; ticketNumber: string }>;

/**
 * A checkpoint recorded (again: a re-record replaces its results, and a failed item keeps the
 * ticket it opened the first time). The first record starts the order.
 */
export function recordCheckpoint(ctx: WorkOrderContext, order: WorkOrderRecord, user: UserRecord, index: number, results: readonly ItemResult[], opened: OpenedTickets): WorkOrderChange {
  const checkpoint = checkpointAt(order, index);
  const at = actedAt(ctx);
  const withTickets = results.map((r) => {
    const ticket = opened.get(r.itemId) ?? earlierTicket(checkpoint, r.itemId);
    return r.failed && ticket ? { ...r, ...ticket } : r;
  });
  const recorded: CheckpointRecord = {
    ...checkpoint,
    status: 'done',
    skipReason: null,
    at: ctx.now.toISOString(),
    deviceAt: ctx.offline?.deviceAt ?? null,
    by: user.name,
    results: withTickets,
  };
  const failed = withTickets.filter((r) => r.failed);
  return change(ctx, order, { ...taken(order, user), ...begun(order, at), checkpoints: replaced(order, index, recorded) }, user, 'checkpoint_recorded', {
    data: { index, failed: failed.map((r) => r.itemId), tickets: failed.flatMap((r) => (r.ticketNumber ? [r.ticketNumber] : [])) },
  });
}

function earlierTicket(checkpoint: CheckpointRecord, itemId: string): { ticketId: string; ticketNumber: string } | undefined {
  const earlier = checkpoint.results.find((r) => r.itemId === itemId);
  return earlier?.ticketId && earlier.ticketNumber ? { ticketId: earlier.ticketId, ticketNumber: earlier.ticketNumber } : undefined;
}

function replaced(order: WorkOrderRecord, index: number, checkpoint: CheckpointRecord): CheckpointRecord[] {
  return order.checkpoints.map((c, i) => (i === index ? checkpoint : c));
}

/** A checkpoint not visited, with the reason (locked room, out of service); a recorded one cannot be skipped. */
export function skipCheckpoint(ctx: WorkOrderContext, order: WorkOrderRecord, user: UserRecord, index: number, body: { reason: string; version: number }): WorkOrderChange {
  assertMayRun(user, order);
  assertVersion(ctx, order, body.version);
  assertNotDone(order);
  const checkpoint = checkpointAt(order, index);
  const reason = body.reason.trim();
  if (!reason) throw new InvalidError('Skipping a checkpoint needs a reason', '跳过检查点需要填写原因', [problem('body.reason', 'reason_required', 'A reason is required', '请填写原因')]);
  if (checkpoint.status === 'done') throw conflict('This checkpoint is already recorded', '该检查点已记录，不能跳过');
  const skipped: CheckpointRecord = { ...checkpoint, status: 'skipped', skipReason: reason, at: ctx.now.toISOString(), deviceAt: ctx.offline?.deviceAt ?? null, by: user.name, results: [] };
  return change(ctx, order, { ...taken(order, user), ...begun(order, actedAt(ctx)), checkpoints: replaced(order, index, skipped) }, user, 'checkpoint_skipped', {
    note: reason,
    data: { index },
  });
}

export interface PostponeRequest {
  reason: 'inUse' | 'notFound' | 'other';
  note?: string | undefined;
  untilDay: string;
  version: number;
}

/**
 * The device is in use or not found: the order's closing day moves to `untilDay`, at most
 * postponeMaxDays after the original one, the reason kept. A missed order moved on is open again
 * (its overdue escalation starts over from the new closing day).
 */
export function postponeWorkOrder(ctx: WorkOrderContext, order: WorkOrderRecord, user: UserRecord, body: PostponeRequest): WorkOrderChange {
  assertMayRun(user, order);
  assertVersion(ctx, order, body.version);
  assertNotDone(order);
  const latest = dayPlus(order.originalClosesOn, order.postponeMaxDays);
  const today = hospitalCalendarDay(ctx.now, ctx.timezone);
  if (body.untilDay > latest) {
    throw new InvalidError(`A postponement goes at most ${order.postponeMaxDays} days past the window (until ${latest})`, `最多顺延至窗口结束后 ${order.postponeMaxDays} 天（${latest}）`, [
      problem('body.untilDay', 'postpone_too_far', `At most until ${latest}`, `最晚顺延至 ${latest}`),
    ]);
  }
  if (body.untilDay <= order.closesOn || body.untilDay < today) {
    throw new InvalidError('A postponement moves the closing day later, not before today', '顺延日期须晚于原截止日且不早于今天', [
      problem('body.untilDay', 'postpone_not_later', `After ${order.closesOn} and not before ${today}`, `须晚于 ${order.closesOn} 且不早于 ${today}`),
    ]);
  }
  const postponement = { reason: body.reason, note: body.note?.trim() || null, fromCloses: order.closesOn, toCloses: body.untilDay, at: ctx.now.toISOString(), by: user.name };
  const reopened = order.status === 'missed' ? { status: order.startedAt ? ('in_progress' as const) : ('scheduled' as const), escalations: [] } : {};
  return change(ctx, order, { ...taken(order, user), closesOn: body.untilDay, postponements: [...order.postponements, postponement], ...reopened }, user, 'postponed', {
    note: postponement.note,
    data: { reason: body.reason, fromCloses: order.closesOn, toCloses: body.untilDay },
  });
}

/** Done when every checkpoint is recorded or skipped; on time by the hospital's calendar day against the closing day. */
export function completeWorkOrder(ctx: WorkOrderContext, order: WorkOrderRecord, user: UserRecord, version: number): WorkOrderChange {
  assertMayRun(user, order);
  assertVersion(ctx, order, version);
  assertNotDone(order);
  const pending = order.checkpoints.filter((c) => c.status === 'pending').length;
  if (pending > 0) throw conflict(`${pending} checkpoint(s) are neither recorded nor skipped`, `还有 ${pending} 个检查点未完成或跳过`);
  const at = actedAt(ctx);
  const onTime = isOnTime(at, order.closesOn, ctx.timezone);
  return change(ctx, order, { ...taken(order, user), startedAt: order.startedAt ?? at.toISOString(), status: 'done', completedAt: at.toISOString(), onTime }, user, 'completed', {
    data: { onTime },
  });
}

/** The desk gives the order to a technician of the hospital (who is told, as when an order is made for them). */
export function assignWorkOrder(ctx: WorkOrderContext, order: WorkOrderRecord, desk: UserRecord, technician: UserRecord | null, version: number): WorkOrderChange {
  if (!can(desk, 'plannedWork', { order, act: 'assign' })) throw new ForbiddenError('Only the service desk assigns planned work', '仅服务台可以分配计划工作');
  assertVersion(ctx, order, version);
  assertNotDone(order);
  if (!technician || technician.retired || !technician.roles.includes('technician') || technician.hospitalId !== order.hospitalId) {
    throw new InvalidError('Unknown technician', '技术员不存在', [problem('body.technicianId', 'unknown_technician', 'Not a technician of this hospital', '不是本院的技术员')]);
  }
  if (order.technicianId === technician.id) throw conflict('The order is already with this technician', '该计划工单已分配给此技术员');
  return change(ctx, order, { technicianId: technician.id }, desk, 'assigned', {
    data: { from: order.technicianId, to: technician.id },
    notifications: [notifyUsers('planned_work_due', [technician.id])],
  });
}
