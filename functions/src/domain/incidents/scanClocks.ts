import { drainDueWatches, type DeadlineScanResult } from '../sla/drainDeadlines';
import type { Clock } from '../ports';
import { clockMissedStep } from './commands';
import type { IncidentRepository } from './ports';

const BATCH_PER_SHARD = 100;

/**
 * Beside the SLA scan (same schedule, same sparse deadline index): the open incidents whose
 * on-site or plan clock ran out. Each step marks the clock missed, so the next run does not find
 * it again; a concurrent change (someone arrived meanwhile) is left to the next run.
 */
export async function scanIncidentClocks(deps: { incidents: IncidentRepository; clock: Clock }, scope: { hospitalId?: string | undefined } = {}): Promise<DeadlineScanResult> {
  const now = deps.clock.now();
  return drainDueWatches({
    listDue: async () => (await deps.incidents.listDueWatches(now, BATCH_PER_SHARD)).filter((d) => !scope.hospitalId || d.hospitalId === scope.hospitalId),
    stepOf: async ({ hospitalId, incidentId }) => {
      const incident = await deps.incidents.get(hospitalId, incidentId);
      const step = incident ? clockMissedStep(incident, now) : null;
      return step ? () => deps.incidents.apply(step) : null;
    },
  });
}
