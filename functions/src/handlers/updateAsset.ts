import { assetAdmin } from '../contract/adminRoutes';
import { updateAsset } from '../domain/admin/manageAssets';
import { http } from '../http/httpHandler';
import { toAdminAsset } from '../presenters/adminViews';

export const handler = http(assetAdmin.update, async ({ body, params, user, deps }) => ({
  body: toAdminAsset(await updateAsset(deps, user.hospitalId, params.id, body)),
}));
