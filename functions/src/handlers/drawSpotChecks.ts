import { drawSpotChecks } from '../contract/spotCheckRoutes';
import { drawForVendor } from '../domain/vendors/supervision';
import { http } from '../http/httpHandler';
import { presentSpotCheck } from '../presenters/spotCheckViews';

export const handler = http(drawSpotChecks, async ({ params, body, user, deps }) => {
  const draw = await drawForVendor(deps, user, params.id, body);
  return { body: { drawId: draw.drawId, replayed: draw.replayed, drawn: await Promise.all(draw.drawn.map((c) => presentSpotCheck(deps.photos, c))) } };
});
