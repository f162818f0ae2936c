import { completeWorkOrder } from '../contract/workOrderRoutes';
import { completeWorkOrder as complete } from '../domain/planned/workOrders';
import { workOrderCommand } from '../http/workOrderCommandHandler';

export const handler = workOrderCommand(completeWorkOrder, (ctx, order, { user, body }) => complete(ctx, order, user, body.version));
