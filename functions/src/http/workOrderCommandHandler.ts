import type { WorkOrder } from '../contract/planned';
import type { RouteDef } from '../contract/route';
import type { OfflineCommandHeaders } from '../contract/ticketCommands';
import type { Deps } from '../deps';
import type { WorkOrderRecord } from '../domain/planned/records';
import { runWorkOrderCommand } from '../domain/planned/runWorkOrder';
import type { WorkOrderChange, WorkOrderContext } from '../domain/planned/workOrders';
import type { UserRecord } from '../domain/records';
import { toWorkOrderView } from '../presenters/workOrderViews';
import { http, type Req } from './httpHandler';
import type * as z from 'zod/mini';

type CommandRoute = RouteDef & { auth: 'session'; response: typeof WorkOrder };
type OfflineHeaders = Partial<z.output<typeof OfflineCommandHeaders>>;
export type WorkOrderReq<R extends RouteDef> = Req<R> & { user: UserRecord; deps: Deps };

/**
 * The shape every work order command shares (as ticketCommandHandler.ts for tickets): the order
 * the caller may see, the rule decides, one transaction writes it, the answer is the order now.
 * A command from the offline queue carries the phone's time and an Idempotency-Key.
 */
export function workOrderCommand<R extends CommandRoute>(
  route: R,
  decide: (ctx: WorkOrderContext, order: WorkOrderRecord, req: WorkOrderReq<R>) => WorkOrderChange | Promise<WorkOrderChange>,
) {
  return http(route, async (req) => {
    const r = req as WorkOrderReq<R> & { params: { id: string } };
    const headers = (r.headers ?? {}) as OfflineHeaders;
    const key = headers['idempotency-key'];
    const { order, replayed } = await runWorkOrderCommand(
      r.deps,
      r.user,
      r.params.id,
      { command: route.name, key, deviceTime: headers['device-time'], contents: { params: r.params, body: r.body ?? null } },
      (ctx, before) => decide(ctx, before, r),
    );
    return { body: toWorkOrderView(order, r.deps.clock.now()) as never, ...(key ? { headers: { 'idempotent-replayed': String(replayed) } } : {}) };
  });
}
