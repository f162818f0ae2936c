import { assignWorkOrder } from '../contract/workOrderRoutes';
import { assignWorkOrder as assign } from '../domain/planned/workOrders';
import { workOrderCommand } from '../http/workOrderCommandHandler';

export const handler = workOrderCommand(assignWorkOrder, async (ctx, order, { user, deps, body }) =>
  assign(ctx, order, user, await deps.users.getUser(user.hospitalId, body.technicianId), body.version),
);
