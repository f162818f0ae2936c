import { postponeWorkOrder } from '../contract/workOrderRoutes';
import { postponeWorkOrder as postpone } from '../domain/planned/workOrders';
import { workOrderCommand } from '../http/workOrderCommandHandler';

export const handler = workOrderCommand(postponeWorkOrder, (ctx, order, { user, body }) => postpone(ctx, order, user, body));
