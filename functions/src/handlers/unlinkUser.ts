import { staffLinkAdmin } from '../contract/adminRoutes';
import { unlinkUser } from '../domain/admin/manageUsers';
import { http } from '../http/httpHandler';
import { toAdminUser } from '../presenters/adminViews';

export const handler = http(staffLinkAdmin.unlinkUser, async ({ params, user, deps }) => ({
  body: toAdminUser(await unlinkUser(deps, user.hospitalId, params.id)),
}));
