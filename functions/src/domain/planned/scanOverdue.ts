import { drainDueWatches, type DeadlineScanResult } from '../sla/drainDeadlines';
import type { CatalogRepository, Clock } from '../ports';
import type { WorkOrderCommandStore } from './commandPorts';
import { overdueStep } from './overdue';
import type { WorkOrderRepository } from './ports';

export type OverdueScanResult = DeadlineScanResult;

const BATCH_PER_SHARD = 100;
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
  return drainDueWatches({
    listDue: async () => (await deps.workOrderCommands.listOverdueWatches(now, BATCH_PER_SHARD)).filter((d) => !scope.hospitalId || d.hospitalId === scope.hospitalId),
    stepOf: async ({ hospitalId, workOrderId }) => {
      const order = await deps.workOrders.get(hospitalId, workOrderId);
      const step = order ? overdueStep(now, order, await zoneOf(hospitalId)) : null;
      return step ? () => deps.workOrderCommands.apply(step) : null;
    },
  });
}
