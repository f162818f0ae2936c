import { userAdmin } from '../contract/adminRoutes';
import { retireUser } from '../domain/admin/manageUsers';
import { http } from '../http/httpHandler';
import { toAdminUser } from '../presenters/adminViews';

export const handler = http(userAdmin.retire, async ({ query, params, user, deps }) => ({
  body: toAdminUser(await retireUser(deps, user.hospitalId, params.id, query.version)),
}));
