import type { SlaWatch, SlaWatchKind, TicketRecord } from '../records';
import { HOUR_MS, MINUTE_MS, addMs, type LifecyclePolicy } from './policy';

type WatchInput = Pick<TicketRecord, 'status' | 'acceptBy' | 'arriveBy' | 'breaches' | 'completedAt' | 'complaint' | 'acceptedAt' | 'arrivedAt' | 'firstArrivedAt'>;

/**
 * The SLA milestones a ticket has met. Met once is met for good: a reassignment or a reopen
 * sends the ticket back to `assigned`, but its first acceptance and first arrival stand (the
 * KPIs measure those), so their deadlines are never watched again.
 */
export function metMilestones(t: Pick<WatchInput, 'acceptedAt' | 'arrivedAt' | 'firstArrivedAt'>): { accept: boolean; arrive: boolean } {
  return { accept: t.acceptedAt !== null, arrive: (t.firstArrivedAt ?? t.arrivedAt) != null };
}

function highestBreach(t: WatchInput, kind: SlaWatchKind): 0 | 1 | 2 {
  return t.breaches.filter((b) => b.kind === kind).reduce<0 | 1 | 2>((max, b) => (b.level > max ? b.level : max), 0);
}

/** A deadline's next watch: the deadline itself, then the escalation to the manager, then nothing. */
function deadlineWatch(t: WatchInput, kind: SlaWatchKind, dueAt: string | null, policy: LifecyclePolicy): SlaWatch | null {
  if (!dueAt) return null;
  const reached = highestBreach(t, kind);
  if (reached === 0) return { kind, dueAt, level: 0 };
  if (reached === 1) return { kind, dueAt: addMs(dueAt, policy.escalateToManagerAfterMinutes * MINUTE_MS), level: 1 };
  return null;
}

function earliest(watches: (SlaWatch | null)[]): SlaWatch | null {
  return watches.filter((w): w is SlaWatch => w !== null).sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1))[0] ?? null;
}

/**
 * The next instant the SLA scanner must look at a ticket. The stored watch is what the
 * deadline index (GSI4) holds, so a ticket with nothing pending costs the scanner nothing.
 * An on-hold ticket has no watch: its clock is stopped.
 */
export function nextWatch(t: WatchInput, policy: LifecyclePolicy): SlaWatch | null {
  const complaint = t.complaint;
  const complaintWatches = complaint
    ? [
        complaint.respondedAt ? null : deadlineWatch(t, 'complaint_respond', complaint.respondBy, policy),
        complaint.resolvedAt ? null : deadlineWatch(t, 'complaint_resolve', complaint.resolveBy, policy),
        complaint.calledBackAt ? null : deadlineWatch(t, 'complaint_callback', complaint.callbackBy, policy),
      ]
    : [];
  const met = metMilestones(t);
  const accept = met.accept ? null : deadlineWatch(t, 'accept', t.acceptBy, policy);
  const arrive = met.arrive ? null : deadlineWatch(t, 'arrive', t.arriveBy, policy);
  switch (t.status) {
    case 'submitted':
    case 'assigned':
      return earliest([accept, arrive]);
    case 'accepted':
      return arrive;
    case 'completed':
      return t.completedAt ? { kind: 'auto_confirm', dueAt: addMs(t.completedAt, policy.autoConfirmAfterHours * HOUR_MS), level: 0 } : null;
    case 'confirmed':
    case 'closed':
      return earliest(complaintWatches);
    default:
      return null;
  }
}
