import { listAssets } from '../contract/adminRoutes';
import { listLedger } from '../domain/admin/deviceLedger';
import { http } from '../http/httpHandler';
import { toAdminAsset } from '../presenters/adminViews';

export const handler = http(listAssets, async ({ query, user, deps }) => {
  const page = await listLedger(deps, user.hospitalId, query, deps.clock.now());
  return { body: { items: page.items.map(toAdminAsset), nextCursor: page.nextCursor } };
});
