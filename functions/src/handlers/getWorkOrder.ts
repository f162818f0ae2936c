import { getWorkOrder } from '../contract/workOrderRoutes';
import { visibleWorkOrder } from '../domain/planned/runWorkOrder';
import { http } from '../http/httpHandler';
import { toWorkOrderView } from '../presenters/workOrderViews';

export const handler = http(getWorkOrder, async ({ params, user, deps }) => ({ body: toWorkOrderView(await visibleWorkOrder(deps, user, params.id), deps.clock.now()) }));
