import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';
import { toAssetView } from '../presenters/catalogViews';

export const handler = http(routes.listPlaceAssets, async ({ params, user, deps }) => {
  const assets = await deps.catalogAdmin.listAssetsAtLocation(user.hospitalId, params.id);
  return { body: { items: assets.filter((a) => !a.retired).map(toAssetView) } };
});
