import type { ReconcileRunView } from '../contract/dashboard';
import type { ReconcileRun } from '../domain/reports/aggregatePort';

/** A reconcile run as the dashboard and the admin see it (the hospital id stays inside). */
export const reconcileRunView = (run: ReconcileRun): ReconcileRunView => ({
  ranAt: run.ranAt,
  from: run.from,
  to: run.to,
  tickets: run.tickets,
  corrected: run.corrected,
  conflicts: run.conflicts,
  lostVersions: run.lostVersions,
  unsettledDays: run.unsettledDays,
});
