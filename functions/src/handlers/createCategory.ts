import { categoryAdmin } from '../contract/adminRoutes';
import { createCategory } from '../domain/admin/manageCategories';
import { http } from '../http/httpHandler';
import { toAdminCategory } from '../presenters/adminViews';

export const handler = http(categoryAdmin.create, async ({ body, user, deps }) => {
  const category = await createCategory(deps, user.hospitalId, body);
  return { status: 201, body: toAdminCategory(category) };
});
