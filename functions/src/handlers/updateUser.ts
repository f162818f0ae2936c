import { userAdmin } from '../contract/adminRoutes';
import { updateUser } from '../domain/admin/manageUsers';
import { http } from '../http/httpHandler';
import { toAdminUser } from '../presenters/adminViews';

export const handler = http(userAdmin.update, async ({ body, params, user, deps }) => ({
  body: toAdminUser(await updateUser(deps, user.hospitalId, params.id, body)),
}));
