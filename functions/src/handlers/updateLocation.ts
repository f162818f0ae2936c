import { locationAdmin } from '../contract/adminRoutes';
import { updateLocation } from '../domain/admin/manageLocations';
import { http } from '../http/httpHandler';
import { toAdminLocation } from '../presenters/adminViews';

export const handler = http(locationAdmin.update, async ({ body, params, user, deps }) => ({
  body: toAdminLocation(await updateLocation(deps, user.hospitalId, params.id, body)),
}));
