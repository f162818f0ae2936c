import { ConflictError } from '../errors';
import type { CatalogRepository, Clock, TicketRepository } from '../ports';
import { escalate, type LifecycleContext } from '../tickets/lifecycle';
import { lifecycleContext } from '../tickets/runCommand';

export interface SlaScanResult {
  due: number;
  escalated: number;
  /** Changed by someone else between the read and the write; the next run looks again. */
  skipped: number;
}

const BATCH_PER_SHARD = 100;
const MAX_ROUNDS = 20;

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
  const result: SlaScanResult = { due: 0, escalated: 0, skipped: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // A scan can be limited to one hospital (a manual re-run for it); the schedule scans them all.
    const due = (await deps.tickets.listDueWatches(now, BATCH_PER_SHARD)).filter((d) => !scope.hospitalId || d.hospitalId === scope.hospitalId);
    if (due.length === 0) break;
    let progressed = 0;
    for (const { hospitalId, ticketId } of due) {
      result.due++;
      const ticket = await deps.tickets.get(hospitalId, ticketId);
      if (!contexts.has(hospitalId)) contexts.set(hospitalId, lifecycleContext(deps, hospitalId));
      const ctx = { ...(await contexts.get(hospitalId)!), now };
      const change = ticket ? escalate(ctx, ticket) : null;
      if (!change) continue;
      try {
        await deps.tickets.applyChanges([change]);
        result.escalated++;
        progressed++;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        result.skipped++;
      }
    }
    if (progressed === 0) break;
  }
  return result;
}
