import type { CatalogRepository, Clock, TicketRepository } from '../ports';
import type { IdempotencyRecord, UserRecord } from '../records';
import { keyedCommandOnce } from '../tickets/commandOnce';
import { offlineTimingAfter } from '../tickets/deviceTime';
import type { WorkOrderCommandStore } from './commandPorts';
import type { WorkOrderRepository } from './ports';
import type { WorkOrderRecord } from './records';
import { assertMayView, previousMoveMs, type WorkOrderChange, type WorkOrderContext } from './workOrders';

export interface WorkOrderCommandDeps {
  workOrders: Pick<WorkOrderRepository, 'get'>;
  workOrderCommands: Pick<WorkOrderCommandStore, 'apply'>;
  catalog: Pick<CatalogRepository, 'getHospital'>;
  /** Command keys are kept beside the tickets' (one IDEM# record per user and key). */
  tickets: Pick<TicketRepository, 'findIdempotency'>;
  clock: Clock;
}

/** How a command was sent: from the phone's offline queue it carries a key and the phone's time. */
export interface WorkOrderSend {
  command: string;
  key?: string | undefined;
  deviceTime?: string | undefined;
  /** What was asked (the body): the same key with other contents is a client bug. */
  contents: unknown;
}

const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** A work order the user may see, or 404. */
export async function visibleWorkOrder(deps: Pick<WorkOrderCommandDeps, 'workOrders'>, user: UserRecord, workOrderId: string): Promise<WorkOrderRecord> {
  return assertMayView(user, await deps.workOrders.get(user.hospitalId, workOrderId), workOrderId);
}

/**
 * Load the order the user may see → decide (workOrders.ts) → write order, event and outbox in one
 * transaction with the version check, as ticket commands do (tickets/runCommand.ts). A command
 * from the offline queue has its device time checked and recorded, and its Idempotency-Key makes
 * a resend answer the order as it is, without making the command again.
 */
export async function runWorkOrderCommand(
  deps: WorkOrderCommandDeps,
  user: UserRecord,
  workOrderId: string,
  send: WorkOrderSend,
  decide: (ctx: WorkOrderContext, order: WorkOrderRecord) => WorkOrderChange | Promise<WorkOrderChange>,
): Promise<{ order: WorkOrderRecord; replayed: boolean }> {
  const keyed = send.key
    ? { ticketId: `wo:${workOrderId}`, command: send.command, key: send.key, contents: { body: send.contents ?? null, deviceTime: send.deviceTime ?? null } }
    : undefined;
  const run = async (idempotency?: IdempotencyRecord) => {
    const [order, hospital] = await Promise.all([visibleWorkOrder(deps, user, workOrderId), deps.catalog.getHospital(user.hospitalId)]);
    const now = deps.clock.now();
    const offline = offlineTimingAfter(send.deviceTime, now, previousMoveMs(order));
    const ctx: WorkOrderContext = { now, timezone: hospital?.timezone ?? DEFAULT_TIMEZONE, ...(offline ? { offline } : {}) };
    const change = await decide(ctx, order);
    await deps.workOrderCommands.apply(change, idempotency);
    return change.after;
  };
  const { result, replayed } = await keyedCommandOnce(deps, user, keyed, run, () => visibleWorkOrder(deps, user, workOrderId));
  return { order: result, replayed };
}
