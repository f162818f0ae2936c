import { startWorkOrder } from '../contract/workOrderRoutes';
import { startWorkOrder as start } from '../domain/planned/workOrders';
import { workOrderCommand } from '../http/workOrderCommandHandler';

export const handler = workOrderCommand(startWorkOrder, (ctx, order, { user, body }) => start(ctx, order, user, body.version));
