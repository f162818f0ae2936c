import { locationAdmin } from '../contract/adminRoutes';
import { createLocation } from '../domain/admin/manageLocations';
import { http } from '../http/httpHandler';
import { toAdminLocation } from '../presenters/adminViews';

export const handler = http(locationAdmin.create, async ({ body, user, deps }) => {
  const location = await createLocation(deps, user.hospitalId, body);
  return { status: 201, body: toAdminLocation(location) };
});
