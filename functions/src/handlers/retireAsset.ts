import { assetAdmin } from '../contract/adminRoutes';
import { retireAsset } from '../domain/admin/manageAssets';
import { http } from '../http/httpHandler';
import { toAdminAsset } from '../presenters/adminViews';

export const handler = http(assetAdmin.retire, async ({ query, params, user, deps }) => ({
  body: toAdminAsset(await retireAsset(deps, user.hospitalId, params.id, query.version)),
}));
