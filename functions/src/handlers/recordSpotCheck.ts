import { recordSpotCheck } from '../contract/spotCheckRoutes';
import { recordInspection } from '../domain/vendors/inspections';
import { http } from '../http/httpHandler';
import { presentSpotCheck } from '../presenters/spotCheckViews';

export const handler = http(recordSpotCheck, async ({ params, body, user, deps }) => ({
  body: await presentSpotCheck(deps.photos, await recordInspection(deps, user, params.id, body)),
}));
