import * as routes from '../contract/routes';
import { NotFoundError } from '../domain/errors';
import { http } from '../http/httpHandler';
import { toTicketSummary } from '../presenters/ticketViews';

const DEFAULT_PAGE_SIZE = 20;

export const handler = http(routes.assetHistory, async ({ params, query, user, deps }) => {
  const asset = await deps.catalog.getAsset(user.hospitalId, params.id);
  if (!asset) throw new NotFoundError(`Asset ${params.id}`, `设备 ${params.id} `);
  const page = await deps.tickets.listAssetHistory(user.hospitalId, asset.id, { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
  const now = deps.clock.now();
  return { body: { items: page.items.map((t) => toTicketSummary(t, user, now)), nextCursor: page.nextCursor } };
});
