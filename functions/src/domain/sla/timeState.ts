import type { SlaBreach, SlaWatchKind, TicketRecord } from '../records';
import { metMilestones } from '../tickets/slaWatch';
import { MINUTE_MS, type LifecyclePolicy } from '../tickets/policy';

/** What a ticket's clock is waiting for: an SLA milestone, the rework of a reopened ticket, or a complaint step. */
export type TimeStateKind = 'accept' | 'arrive' | 'rework_accept' | 'complaint_respond' | 'complaint_resolve' | 'complaint_callback';

/**
 * THE state of time of a ticket, the one answer every screen and count shows:
 * - `running`: a deadline ahead (`dueAt`);
 * - `breached`: the deadline passed and the thing is still owed (`overdueMinutes` late);
 * - `paused`: on hold, the clock stopped (`pauseReason`, `pausedSince`);
 * - `none`: nothing owed now (done, cancelled, or every milestone met).
 */
export interface TimeState {
  state: 'running' | 'breached' | 'paused' | 'none';
  kind: TimeStateKind | null;
  dueAt: string | null;
  /** Whole minutes past `dueAt`; 0 unless breached. */
  overdueMinutes: number;
  /** How far the SLA scanner has taken the breach of this deadline: 0 none, 1 the desk, 2 the manager. */
  escalationLevel: 0 | 1 | 2;
  /** When a breach still at the desk goes up to the manager (null: not breached, or already there). */
  escalatesAt: string | null;
  pauseReason: string | null;
  pausedSince: string | null;
}

export type TimeStateInput = Pick<
  TicketRecord,
  | 'status'
  | 'createdAt'
  | 'acceptBy'
  | 'arriveBy'
  | 'acceptedAt'
  | 'arrivedAt'
  | 'firstArrivedAt'
  | 'reworkAcceptBy'
  | 'heldAt'
  | 'holdReason'
  | 'breaches'
  | 'complaint'
>;

const NOTHING_OWED: TimeState = {
  state: 'none',
  kind: null,
  dueAt: null,
  overdueMinutes: 0,
  escalationLevel: 0,
  escalatesAt: null,
  pauseReason: null,
  pausedSince: null,
};

/** How far the SLA scanner has taken the breach of one deadline: 0 none, 1 the desk, 2 the manager. */
export function escalationLevelOf(breaches: readonly SlaBreach[], kind: SlaWatchKind | TimeStateKind): 0 | 1 | 2 {
  return breaches.filter((b) => b.kind === kind).reduce<0 | 1 | 2>((max, b) => (b.level > max ? b.level : max), 0);
}

function clockOn(t: TimeStateInput, kind: TimeStateKind, dueAt: string, policy: LifecyclePolicy, now: Date): TimeState {
  const lateMs = now.getTime() - new Date(dueAt).getTime();
  const escalationLevel = escalationLevelOf(t.breaches, kind);
  // The scanner runs every minute: a deadline just passed is already late here, recorded or not.
  if (lateMs <= 0) return { ...NOTHING_OWED, state: 'running', kind, dueAt, escalationLevel };
  return {
    ...NOTHING_OWED,
    state: 'breached',
    kind,
    dueAt,
    overdueMinutes: Math.floor(lateMs / MINUTE_MS),
    escalationLevel,
    escalatesAt: escalationLevel < 2 ? new Date(new Date(dueAt).getTime() + policy.escalateToManagerAfterMinutes * MINUTE_MS).toISOString() : null,
  };
}

/** The deadline owed while a ticket waits for someone to go: acceptance, then arrival, then a reopened job's re-acceptance. */
function waitingForWork(t: TimeStateInput, acceptPending: boolean): { kind: TimeStateKind; dueAt: string } | null {
  const met = metMilestones(t);
  if (acceptPending && !met.accept && t.acceptBy) return { kind: 'accept', dueAt: t.acceptBy };
  if (!met.arrive && t.arriveBy) return { kind: 'arrive', dueAt: t.arriveBy };
  if (acceptPending && t.reworkAcceptBy) return { kind: 'rework_accept', dueAt: t.reworkAcceptBy };
  return null;
}

function complaintStep(t: TimeStateInput): { kind: TimeStateKind; dueAt: string } | null {
  const c = t.complaint;
  if (!c) return null;
  if (!c.respondedAt) return { kind: 'complaint_respond', dueAt: c.respondBy };
  if (!c.resolvedAt) return { kind: 'complaint_resolve', dueAt: c.resolveBy };
  if (!c.calledBackAt) return { kind: 'complaint_callback', dueAt: c.callbackBy };
  return null;
}

/**
 * The one deadline truth of a ticket at `now` (pure: no clock of its own). The clock follows
 * what the ticket waits for in its current status, so a 危急 ticket not yet accepted shows its
 * missed acceptance even while its arrival deadline is still ahead. Milestones met once stay
 * met (a reassignment does not restart them); a reopened job owes a new acceptance
 * (`rework_accept`); a complaint's steps run after the ticket is confirmed.
 */
export function timeState(t: TimeStateInput, policy: LifecyclePolicy, now: Date): TimeState {
  const owed = ((): { kind: TimeStateKind; dueAt: string } | null => {
    switch (t.status) {
      case 'submitted':
      case 'assigned':
        return waitingForWork(t, true);
      case 'accepted':
        return waitingForWork(t, false);
      case 'confirmed':
      case 'closed':
        return complaintStep(t);
      default:
        return null;
    }
  })();
  if (t.status === 'on_hold') {
    const stopped = waitingForWork(t, false);
    return { ...NOTHING_OWED, state: 'paused', kind: stopped?.kind ?? null, pauseReason: t.holdReason, pausedSince: t.heldAt };
  }
  return owed ? clockOn(t, owed.kind, owed.dueAt, policy, now) : NOTHING_OWED;
}

/** Whether a ticket counts as overdue in the desk's header and filter: exactly the rows shown red. */
export function isBreached(state: TimeState): boolean {
  return state.state === 'breached';
}
