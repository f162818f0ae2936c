import { listWorkOrders } from '../contract/workOrderRoutes';
import { listWorkOrderPage } from '../domain/planned/listWorkOrders';
import { http } from '../http/httpHandler';
import { toWorkOrderSummary } from '../presenters/workOrderViews';

const DEFAULT_PAGE_SIZE = 20;

export const handler = http(listWorkOrders, async ({ query, user, deps }) => {
  const page = await listWorkOrderPage(deps, user, query.scope, { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
  return { body: { items: page.items.map(toWorkOrderSummary), nextCursor: page.nextCursor } };
});
