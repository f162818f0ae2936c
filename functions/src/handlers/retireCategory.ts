import { categoryAdmin } from '../contract/adminRoutes';
import { retireCategory } from '../domain/admin/manageCategories';
import { http } from '../http/httpHandler';
import { toAdminCategory } from '../presenters/adminViews';

export const handler = http(categoryAdmin.retire, async ({ query, params, user, deps }) => ({
  body: toAdminCategory(await retireCategory(deps, user.hospitalId, params.code, query.version)),
}));
