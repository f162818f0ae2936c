import { ConflictError } from '../errors';
import type { CatalogRepository, Clock } from '../ports';
import type { WorkOrderCommandStore } from './commandPorts';
import { overdueStep } from './overdue';
import type { WorkOrderRepository } from './ports';

export interface OverdueScanResult {
  due: number;
  escalated: number;
  skipped: number;
}

const BATCH_PER_SHARD = 100;
const MAX_ROUNDS = 20;
const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/**
 * Beside the SLA scan (same schedule, same sparse deadline index): the open work orders whose
 * closing day ended, or whose desk alert is a day old. Each step moves the order's watch on (or
 * off), so the next run does not find it again; a concurrent change is left to the next run.
 */
export async function scanPlannedOverdue(
  deps: { workOrders: Pick<WorkOrderRepository, 'get'>; workOrderCommands: WorkOrderCommandStore; catalog: Pick<CatalogRepository, 'getHospital'>; clock: Clock },
  scope: { hospitalId?: string | undefined } = {},
): Promise<OverdueScanResult> {
  const now = deps.clock.now();
  const zones = new Map<string, Promise<string>>();
  const zoneOf = (hospitalId: string) => {
    if (!zones.has(hospitalId)) zones.set(hospitalId, deps.catalog.getHospital(hospitalId).then((h) => h?.timezone ?? DEFAULT_TIMEZONE));
    return zones.get(hospitalId)!;
  };
  const result: OverdueScanResult = { due: 0, escalated: 0, skipped: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const due = (await deps.workOrderCommands.listOverdueWatches(now, BATCH_PER_SHARD)).filter((d) => !scope.hospitalId || d.hospitalId === scope.hospitalId);
    if (due.length === 0) break;
    let progressed = 0;
    for (const { hospitalId, workOrderId } of due) {
      result.due++;
      const order = await deps.workOrders.get(hospitalId, workOrderId);
      const step = order ? overdueStep(now, order, await zoneOf(hospitalId)) : null;
      if (!step) continue;
      try {
        await deps.workOrderCommands.apply(step);
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
