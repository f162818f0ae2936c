import type { IdempotencyRecord } from '../records';
import type { WorkOrderRecord } from './records';
import type { WorkOrderChange } from './workOrders';

/**
 * The writes and reads of running planned work (part RUN of issue 15; the orders' creation and
 * basic reads are WorkOrderRepository's, ports.ts). Adapter: adapters/dynamo/workOrderCommands.ts.
 */
export interface WorkOrderCommandStore {
  /**
   * AP-220 one change in one transaction: the order only if its version is still the one the
   * change was made from (else ConflictError), its event, each notification as an outbox item,
   * and a command key's record when sent with one (else ConflictError if the key is taken).
   */
  apply(change: WorkOrderChange, idempotency?: IdempotencyRecord): Promise<void>;
  /** AP-221 the orders whose overdue escalation is due, across hospitals (GSI4 SLA#, keys only; tickets' entries skipped). */
  listOverdueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; workOrderId: string }[]>;
  /** AP-222 the hospital's open orders due in these months (GSI1 PLANNED#<yyyy-mm>, done ones filtered out in the database). */
  listOpenOfMonths(hospitalId: string, months: readonly string[]): Promise<WorkOrderRecord[]>;
}
