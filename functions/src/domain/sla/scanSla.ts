import { drainDueWatches, type DeadlineScanResult } from './drainDeadlines';
import type { CatalogRepository, Clock, TicketRepository } from '../ports';
import { escalate, type LifecycleContext } from '../tickets/lifecycle';
import { lifecycleContext } from '../tickets/runCommand';

export type SlaScanResult = DeadlineScanResult;

const BATCH_PER_SHARD = 100;

/**
 * The scheduled SLA check (every minute): read the tickets whose watch is due from the deadline
 * index — never a table scan — and record each breach or escalation once. A breach moves the
 * ticket's watch on, so the next run does not find it again.
 */
export async function scanSla(
  deps: { tickets: TicketRepository; catalog: CatalogRepository; clock: Clock },
  scope: { hospitalId?: string } = {},
): Promise<SlaScanResult> {
  const now = deps.clock.now();
  const contexts = new Map<string, Promise<LifecycleContext>>();
  return drainDueWatches({
    // A scan can be limited to one hospital (a manual re-run for it); the schedule scans them all.
    listDue: async () => (await deps.tickets.listDueWatches(now, BATCH_PER_SHARD)).filter((d) => !scope.hospitalId || d.hospitalId === scope.hospitalId),
    stepOf: async ({ hospitalId, ticketId }) => {
      const ticket = await deps.tickets.get(hospitalId, ticketId);
      if (!contexts.has(hospitalId)) contexts.set(hospitalId, lifecycleContext(deps, hospitalId));
      const change = ticket ? escalate({ ...(await contexts.get(hospitalId)!), now }, ticket) : null;
      return change ? () => deps.tickets.applyChanges([change]) : null;
    },
  });
}
