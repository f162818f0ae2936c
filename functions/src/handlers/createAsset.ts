import { assetAdmin } from '../contract/adminRoutes';
import { createAsset } from '../domain/admin/manageAssets';
import { http } from '../http/httpHandler';
import { toAdminAsset } from '../presenters/adminViews';

export const handler = http(assetAdmin.create, async ({ body, user, deps }) => {
  const asset = await createAsset(deps, user.hospitalId, body);
  return { status: 201, body: toAdminAsset(asset) };
});
