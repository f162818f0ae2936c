import type { Hospital } from '../records';
import { occurrenceWindow, stateAt } from './planState';
import { openOrders, type OrderDeps } from './openOrders';
import type { PlanRecord } from './records';

/** A plan left idle for long catches up at most this many periods a run; the next run goes on. */
export const MAX_PERIODS_PER_RUN = 31;
/** Plans read per shard and run: the hourly run drains a backlog over a few runs. */
const PLANS_PER_SHARD = 500;

export interface GenerationRun {
  plans: number;
  orders: number;
  /** Plans another writer changed in between (an admin's edit): the next run picks them up. */
  conflicts: number;
}

/**
 * The plans whose next order is due by now (the due index, never a scan of plans or devices):
 * each makes every period whose generation time has come — a missed run catches up — and moves
 * its next period on with a version check. Orders are plan × period: a retried run makes none.
 */
export async function generateDueWork(deps: OrderDeps, options: { hospitalId?: string } = {}): Promise<GenerationRun> {
  const now = deps.clock.now();
  const run: GenerationRun = { plans: 0, orders: 0, conflicts: 0 };
  const hospitals = new Map<string, Promise<Hospital | null>>();
  const hospitalOf = (id: string) => {
    if (!hospitals.has(id)) hospitals.set(id, deps.catalog.getHospital(id));
    return hospitals.get(id)!;
  };
  const due = await deps.plans.listDue(now, PLANS_PER_SHARD);
  for (const ref of due) {
    if (options.hospitalId && ref.hospitalId !== options.hospitalId) continue;
    const [plan, hospital] = await Promise.all([deps.plans.get(ref.hospitalId, ref.planId), hospitalOf(ref.hospitalId)]);
    if (!plan || !hospital || plan.retired || !plan.generateAt || plan.generateAt > now.toISOString()) continue;
    run.plans++;
    const outcome = await generatePlan(deps, plan, hospital, now);
    run.orders += outcome.orders;
    if (outcome.conflict) run.conflicts++;
  }
  return run;
}

async function generatePlan(deps: OrderDeps, plan: PlanRecord, hospital: Hospital, now: Date): Promise<{ orders: number; conflict: boolean }> {
  let state = { nextOccurrence: plan.nextOccurrence ?? 0, nextDueOn: plan.nextDueOn, nextPeriod: plan.nextPeriod, generateAt: plan.generateAt };
  let orders = 0;
  for (let i = 0; i < MAX_PERIODS_PER_RUN && state.generateAt && state.generateAt <= now.toISOString() && state.nextPeriod; i++) {
    const n = state.nextOccurrence ?? 0;
    const { dueOn, opensOn, closesOn } = occurrenceWindow(plan, n);
    orders += (await openOrders(deps, plan, hospital, { period: state.nextPeriod, dueOn, opensOn, closesOn })).length;
    state = { ...stateAt(plan, n + 1, hospital.timezone), nextOccurrence: n + 1 };
  }
  try {
    await deps.plans.save({ ...plan, ...state, version: plan.version + 1, updatedAt: now.toISOString() }, { version: plan.version }, null, plan);
    return { orders, conflict: false };
  } catch (error) {
    // An admin edited the plan meanwhile: its orders stand (one per period), its schedule is theirs.
    if ((error as { kind?: string }).kind === 'conflict') return { orders, conflict: true };
    throw error;
  }
}
