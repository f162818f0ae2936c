import type { AggregateChange, AggregateRepository } from '../reports/aggregatePort';
import type { OpenFault } from '../reports/openFaults';
import type { AggregateCell } from '../reports/ticketDeltas';
import type { TicketSheetRow } from '../reports/ticketSheet';

/** Aggregates held in memory for domain tests: what a stored hospital would answer, and what was applied. */
export function memoryAggregates(data: { cells?: readonly AggregateCell[]; faults?: readonly OpenFault[]; rows?: readonly TicketSheetRow[] } = {}): AggregateRepository & { applied: AggregateChange[] } {
  const applied: AggregateChange[] = [];
  return {
    applied,
    listDays: async (_hospitalId, kind, from, to) => (data.cells ?? []).filter((c) => c.kind === kind && c.day >= from && c.day <= to),
    applyOnce: async (change) => (applied.push(change), true),
    assetFaultTimes: async () => [],
    listOpenFaults: async () => [...(data.faults ?? [])],
    listTicketRows: async () => ({ rows: [...(data.rows ?? [])], truncated: false }),
  };
}
