import { listSpotChecks } from '../contract/spotCheckRoutes';
import { listForVendor } from '../domain/vendors/supervision';
import { http } from '../http/httpHandler';
import { presentSpotCheck } from '../presenters/spotCheckViews';

export const handler = http(listSpotChecks, async ({ params, query, user, deps }) => {
  const { checks, undrawnCompleted } = await listForVendor(deps, user, params.id, query.month);
  return { body: { month: query.month, undrawnCompleted, items: await Promise.all(checks.map((c) => presentSpotCheck(deps.photos, c))) } };
});
