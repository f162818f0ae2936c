import { userAdmin } from '../contract/adminRoutes';
import { createUser } from '../domain/admin/manageUsers';
import { http } from '../http/httpHandler';
import { toAdminUser } from '../presenters/adminViews';

export const handler = http(userAdmin.create, async ({ body, user, deps }) => {
  const created = await createUser(deps, user.hospitalId, body, deps.clock.now());
  return { status: 201, body: toAdminUser(created) };
});
