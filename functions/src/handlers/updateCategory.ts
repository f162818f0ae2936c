import { categoryAdmin } from '../contract/adminRoutes';
import { updateCategory } from '../domain/admin/manageCategories';
import { http } from '../http/httpHandler';
import { toAdminCategory } from '../presenters/adminViews';

export const handler = http(categoryAdmin.update, async ({ body, params, user, deps }) => ({
  body: toAdminCategory(await updateCategory(deps, user.hospitalId, params.code, body)),
}));
