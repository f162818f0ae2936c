import type { ComplaintStep } from '../../contract/lifecycle';
import type { Complaint, SlaBreach } from '../records';
import { MINUTE_MS } from '../tickets/policy';
import { escalationLevelOf } from './timeState';

/** One of a complaint's three clocks (respond 2 h, resolve 24 h, call back 48 h by default). */
export interface ComplaintClock {
  step: ComplaintStep;
  dueAt: string;
  doneAt: string | null;
  /** done: recorded (late or not: `late` says); running: ahead; breached: missed and still owed. */
  state: 'done' | 'running' | 'breached';
  late: boolean;
  /** Minutes past dueAt while breached, or by how much it was late when done; 0 otherwise. */
  overdueMinutes: number;
  /** How far the SLA scanner has escalated this step: 0 none, 1 the desk, 2 the manager. */
  escalationLevel: 0 | 1 | 2;
}

const STEP_FIELDS: Record<ComplaintStep, { due: keyof Complaint; done: keyof Complaint }> = {
  respond: { due: 'respondBy', done: 'respondedAt' },
  resolve: { due: 'resolveBy', done: 'resolvedAt' },
  callback: { due: 'callbackBy', done: 'calledBackAt' },
};

/** Whether a complaint still has a step to record (it stays on the desk's complaint list until all three are). */
export function isComplaintOpen(c: Complaint | null): c is Complaint {
  return c !== null && (!c.respondedAt || !c.resolvedAt || !c.calledBackAt);
}

/** The three clocks of a complaint at `now`, in the order the desk works them. */
export function complaintClocks(c: Complaint, breaches: readonly SlaBreach[], now: Date): ComplaintClock[] {
  return (Object.keys(STEP_FIELDS) as ComplaintStep[]).map((step) => {
    const dueAt = c[STEP_FIELDS[step].due] as string;
    const doneAt = c[STEP_FIELDS[step].done] as string | null;
    const until = doneAt ? new Date(doneAt).getTime() : now.getTime();
    const lateMs = until - new Date(dueAt).getTime();
    const escalationLevel = escalationLevelOf(breaches, `complaint_${step}`);
    const late = lateMs > 0;
    return {
      step,
      dueAt,
      doneAt,
      state: doneAt ? 'done' : late ? 'breached' : 'running',
      late,
      overdueMinutes: late ? Math.floor(lateMs / MINUTE_MS) : 0,
      escalationLevel,
    };
  });
}
