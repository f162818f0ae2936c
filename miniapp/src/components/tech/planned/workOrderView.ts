import type { Checkpoint, WorkOrder } from '@contract/planned';
import type { QueuedCommand } from '../../../services/offline';

/** A checkpoint as the screen shows it: the server's status, or `queued` while its record or skip waits on the phone. */
export type ShownStatus = Checkpoint['status'] | 'queued';
export interface ShownCheckpoint extends Checkpoint {
  shown: ShownStatus;
}

export interface OrderView {
  checkpoints: ShownCheckpoint[];
  /** The checkpoint to do next (the first neither finished nor queued); null when none is left. */
  current: ShownCheckpoint | null;
  finished: number;
  total: number;
  /** Every checkpoint done, skipped or queued: the order may be completed. */
  allFinished: boolean;
  /** A completion waits on the phone. */
  completionQueued: boolean;
}

/**
 * The order as the technician will see it once the phone's queue is sent: a checkpoint whose
 * record or skip is queued counts as finished (shown as waiting), so the round goes on offline.
 * The server decides each command when it arrives.
 */
export function orderView(order: Pick<WorkOrder, 'checkpoints'>, queued: readonly QueuedCommand[]): OrderView {
  const queuedIndexes = new Set(queued.filter((q) => q.command === 'recordCheckpoint' || q.command === 'skipCheckpoint').map((q) => q.workOrder?.checkpointIndex));
  const checkpoints = [...order.checkpoints]
    .sort((a, b) => a.index - b.index)
    .map((c): ShownCheckpoint => ({ ...c, shown: c.status === 'pending' && queuedIndexes.has(c.index) ? 'queued' : c.status }));
  const finished = checkpoints.filter((c) => c.shown !== 'pending').length;
  return {
    checkpoints,
    current: checkpoints.find((c) => c.shown === 'pending') ?? null,
    finished,
    total: checkpoints.length,
    allFinished: finished === checkpoints.length,
    completionQueued: queued.some((q) => q.command === 'completeWorkOrder'),
  };
}

/** Whether the order is the signed-in person's to run: a technician, on an order of theirs or one with nobody on it yet (the team's). */
export function isRunner(order: Pick<WorkOrder, 'technicianId'>, user: { id: string; roles: readonly string[] } | null): boolean {
  if (!user?.roles.includes('technician')) return false;
  return order.technicianId === null || order.technicianId === user.id;
}

/** Whether the signed-in person may work on the order now: theirs to run, and not done yet. */
export function mayRun(order: Pick<WorkOrder, 'technicianId' | 'status'>, user: { id: string; roles: readonly string[] } | null): boolean {
  return order.status !== 'done' && isRunner(order, user);
}

/** The last day a postponement may move the order to: its original last day plus the plan's bound. */
export function latestPostponeDay(order: Pick<WorkOrder, 'closesOn' | 'postponements'>, postponeMaxDays: number): string {
  const original = order.postponements[0]?.fromCloses ?? order.closesOn;
  const d = new Date(`${original}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + postponeMaxDays);
  return d.toISOString().slice(0, 10);
}
