import { skipCheckpoint } from '../contract/workOrderRoutes';
import { skipCheckpoint as skip } from '../domain/planned/workOrders';
import { workOrderCommand } from '../http/workOrderCommandHandler';

export const handler = workOrderCommand(skipCheckpoint, (ctx, order, { user, params, body }) => skip(ctx, order, user, params.index, body));
