import type { AggregateChange, AggregateRepository, ReconcileRun } from '../reports/aggregatePort';
import type { OpenFault } from '../reports/openFaults';
import type { AggregateCell } from '../reports/ticketDeltas';
import type { TicketSheetRow } from '../reports/ticketSheet';

/** Aggregates held in memory for domain tests: what a stored hospital would answer, and what was applied. */
export function memoryAggregates(data: { cells?: readonly AggregateCell[]; faults?: readonly OpenFault[]; rows?: readonly TicketSheetRow[] } = {}): AggregateRepository & { applied: AggregateChange[] } {
  const applied: AggregateChange[] = [];
  let lastRun: ReconcileRun | null = null;
  return {
    applied,
    listDays: async (_hospitalId, kind, from, to) => (data.cells ?? []).filter((c) => c.kind === kind && c.day >= from && c.day <= to),
    applyOnce: async (change) => (applied.push(change), true),
    assetFaultTimes: async () => [],
    listOpenFaults: async () => [...(data.faults ?? [])],
    listTicketRows: async () => ({ rows: [...(data.rows ?? [])], truncated: false }),
    // The reconcile is tried against DynamoDB Local (test/integration/reconcile.test.ts); here it finds nothing to do.
    appliedVersions: async (_hospitalId, versions) => new Set(versions.map((v) => `${v.ticketId}@${v.version}`)),
    restoreLost: async () => undefined,
    correctCells: async (_hospitalId, corrections) => ({ corrected: corrections.length, conflicts: 0 }),
    recordReconcile: async (run) => {
      lastRun = run;
    },
    lastReconcile: async () => lastRun,
  };
}
