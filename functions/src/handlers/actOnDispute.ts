import { actOnDispute as route } from '../contract/spotCheckRoutes';
import { actOnDispute } from '../domain/vendors/supervision';
import { http } from '../http/httpHandler';
import { presentDispute } from '../presenters/spotCheckViews';

export const handler = http(route, async ({ params, body, user, deps }) => ({ body: presentDispute(await actOnDispute(deps, user, params.id, body)) }));
