import { locationAdmin } from '../contract/adminRoutes';
import { retireLocation } from '../domain/admin/manageLocations';
import { http } from '../http/httpHandler';
import { toAdminLocation } from '../presenters/adminViews';

export const handler = http(locationAdmin.retire, async ({ query, params, user, deps }) => ({
  body: toAdminLocation(await retireLocation(deps, user.hospitalId, params.id, query.version)),
}));
