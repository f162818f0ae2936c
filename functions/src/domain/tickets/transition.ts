import type { TicketStatus } from '../../contract/enums';
import { notifyRoles, notifyUsers, type NotificationIntent } from '../notifications';
import type { TicketEventRecord, TicketRecord } from '../records';
import { LIFECYCLE_TABLE, type Audience, type Condition, type EventOf, type LifecycleStep, type Outcome, type SlaEffect } from './lifecycleTable';
import type { OfflineTiming } from './deviceTime';
import type { LifecyclePolicy } from './policy';
import { nextWatch } from './slaWatch';

/** Who caused an event: a person, or the system (the SLA scanner, auto-dispatch, auto-confirmation). */
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
  /**
   * A technician's command made without a signal and sent later: the milestones (accepted,
   * arrived, held, completed) take the time it was made; the event keeps the server's time as
   * its own and records the phone's beside it.
   */
  offline?: OfflineTiming;
}

/** When the person acted: the offline command's checked device time, or now. */
export function actedAt(ctx: LifecycleContext): Date {
  return ctx.offline?.actedAt ?? ctx.now;
}

/** What a command sets besides what its table row sets (the status and the SLA milestones). */
export type TicketPatch = Omit<Partial<TicketRecord>, 'status'>;

export interface ChangeDetails {
  note?: string | null;
  data?: Record<string, unknown> | null;
  /** The people an `offeredTechnicians` audience means (a grab-pool job's qualified technicians on shift). */
  offeredTo?: readonly string[];
  /** The people a `vendorManagers` audience means (the managers of the ticket's vendor). */
  vendorManagerIds?: readonly string[];
  /** How the report is dispatched (only the report's `awaitsDesk` condition asks). */
  dispatchMode?: 'manual' | 'auto' | 'grab';
}

function destination(outcome: Outcome, before: TicketRecord): TicketStatus {
  if (outcome.to === 'unchanged') return before.status;
  if (outcome.to === 'heldFrom') return before.heldFrom ?? 'accepted';
  return outcome.to;
}

/** A reopened job is owed a new acceptance within the same window as the first report (acceptBy − createdAt). */
function reworkAcceptBy(t: TicketRecord, now: Date): string | null {
  if (!t.acceptBy) return null;
  const windowMs = new Date(t.acceptBy).getTime() - new Date(t.createdAt).getTime();
  return new Date(now.getTime() + windowMs).toISOString();
}

/** The milestone fields an SLA effect sets (see SlaEffect: the ones marked "applied"). */
function clockPatch(effect: SlaEffect, t: TicketRecord, now: Date): Partial<TicketRecord> {
  const at = now.toISOString();
  switch (effect) {
    case 'meetsAccept':
      return { acceptedAt: t.acceptedAt ?? at };
    case 'meetsArrive':
      return { arrivedAt: t.arrivedAt ?? at, firstArrivedAt: t.firstArrivedAt ?? t.arrivedAt ?? at };
    case 'stopsClock':
      return { heldFrom: t.status === 'on_site' ? 'on_site' : 'accepted', heldAt: at };
    case 'resumesClock': {
      const heldMs = t.heldAt ? now.getTime() - new Date(t.heldAt).getTime() : 0;
      const arriveBy = t.arriveBy && !t.arrivedAt ? new Date(new Date(t.arriveBy).getTime() + heldMs).toISOString() : t.arriveBy;
      return { heldFrom: null, heldAt: null, holdReason: null, arriveBy };
    }
    case 'startsConfirmClock':
      return { completedAt: at };
    case 'reopensWork':
      return {
        reopenCount: t.reopenCount + 1,
        confirmedAt: null,
        satisfied: null,
        // The redone work is signed off anew.
        signature: null,
        completedAt: null,
        arrivedAt: null,
        // Older records lack the first arrival: keep it before the round's arrival is cleared.
        firstArrivedAt: t.firstArrivedAt ?? t.arrivedAt,
        reworkAcceptBy: reworkAcceptBy(t, now),
        callback: null,
        // A closed job can go back too (a failed spot check): it is open again.
        closedAt: null,
      };
    default:
      return {};
  }
}

function holds(condition: Condition, before: TicketRecord | null, after: TicketRecord, details: ChangeDetails): boolean {
  switch (condition) {
    case 'emergency':
      return after.urgency === 'emergency' && after.emergencyPending !== true;
    case 'unconfirmedEmergency':
      return after.urgency === 'emergency' && after.emergencyPending === true;
    case 'contentFlagged':
      return !!after.contentReview;
    case 'grabPool':
      return after.inGrabPool;
    case 'complaintOpened':
      return after.complaint !== null && after.complaint !== (before?.complaint ?? null);
    case 'awaitsDesk':
      return details.dispatchMode === 'manual' && after.status === 'submitted' && after.urgency !== 'emergency' && !after.contentReview;
    case 'notInIncident':
      return !after.incidentId;
  }
}

function peopleOf(audience: Audience, before: TicketRecord | null, after: TicketRecord, details: ChangeDetails): readonly (string | null)[] {
  switch (audience) {
    case 'assignee':
      return [after.assigneeId];
    case 'formerAssignee':
      return [before?.assigneeId ?? null];
    case 'reporterAndFollowers': {
      const t = before ?? after;
      return [t.reporterId, ...t.followerIds];
    }
    case 'offeredTechnicians':
      return details.offeredTo ?? [];
    case 'vendorManagers':
      return details.vendorManagerIds ?? [];
    default:
      return [];
  }
}

/** The outbox items of an outcome: one for the named people of a rule, one per role audience. */
function notificationsOf(outcome: Outcome, before: TicketRecord | null, after: TicketRecord, actorId: string, details: ChangeDetails): NotificationIntent[] {
  const intents: NotificationIntent[] = [];
  for (const rule of outcome.notify) {
    const conditions: readonly Condition[] = rule.when === undefined ? [] : typeof rule.when === 'string' ? [rule.when] : rule.when;
    if (!conditions.every((c) => holds(c, before, after, details))) continue;
    const people = rule.to.filter((a) => typeof a === 'string');
    if (people.length > 0) {
      const ids = people.flatMap((a) => peopleOf(a, before, after, details)).filter((id) => !rule.notActor || id !== actorId);
      intents.push(notifyUsers(rule.kind, ids));
    }
    for (const a of rule.to) if (typeof a !== 'string') intents.push(notifyRoles(rule.kind, [...a.roles], a.onShiftOnly));
  }
  return intents;
}

function eventOf(
  after: TicketRecord,
  type: TicketEventRecord['type'],
  actor: Actor,
  from: TicketStatus | null,
  details: ChangeDetails,
  offline?: OfflineTiming,
): TicketEventRecord {
  return {
    hospitalId: after.hospitalId,
    ticketId: after.id,
    seq: after.version,
    type,
    at: after.updatedAt,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    fromStatus: from !== after.status ? from : null,
    toStatus: from !== after.status ? after.status : null,
    note: details.note ?? null,
    data: details.data ?? null,
    ...(offline ? { deviceAt: offline.deviceAt } : {}),
  };
}

function outcomeOf<S extends LifecycleStep>(step: S, event: EventOf<S>): Outcome {
  const outcomes: Partial<Record<string, Outcome>> = LIFECYCLE_TABLE[step].outcomes;
  const outcome = outcomes[event];
  if (!outcome) throw new Error(`The lifecycle table has no outcome ${event} for ${step}`);
  return outcome;
}

/**
 * Makes one move of the lifecycle table: the status, the SLA milestones and the notifications
 * come from the step's row; the command adds its own fields (`patch`) and the event's details.
 * Who may make the move is checked before (policy/can.ts).
 */
export function transition<S extends LifecycleStep>(
  ctx: LifecycleContext,
  before: TicketRecord,
  actor: Actor,
  step: S,
  event: EventOf<S>,
  patch: TicketPatch = {},
  details: ChangeDetails = {},
): TicketChange {
  const outcome = outcomeOf(step, event);
  const at = ctx.now.toISOString();
  const draft: TicketRecord = {
    ...before,
    ...clockPatch(outcome.sla, before, actedAt(ctx)),
    ...patch,
    status: destination(outcome, before),
    version: before.version + 1,
    updatedAt: at,
    lastNote: details.note ?? before.lastNote ?? null,
  };
  const after: TicketRecord = { ...draft, watch: nextWatch(draft, ctx.policy) };
  return {
    before,
    after,
    event: eventOf(after, event, actor, before.status, details, ctx.offline),
    notifications: notificationsOf(outcome, before, after, actor.id, details),
  };
}

/** The first transition (the table's `report` row): a new ticket, its `submitted` event and whom to tell. */
export function report(
  ctx: LifecycleContext,
  draft: Omit<TicketRecord, 'status' | 'watch' | 'version'>,
  actor: Actor,
  details: ChangeDetails = {},
): { ticket: TicketRecord; event: TicketEventRecord; notifications: NotificationIntent[] } {
  const outcome = outcomeOf('report', 'submitted');
  if (outcome.to === 'unchanged' || outcome.to === 'heldFrom') throw new Error('The report row must lead to a status');
  const unwatched: TicketRecord = { ...draft, status: outcome.to, version: 1, watch: null };
  const ticket: TicketRecord = { ...unwatched, watch: nextWatch(unwatched, ctx.policy) };
  return {
    ticket,
    event: eventOf(ticket, 'submitted', actor, null, details),
    notifications: notificationsOf(outcome, null, ticket, actor.id, details),
  };
}
