import { listAdminCategories } from '../contract/adminRoutes';
import { http } from '../http/httpHandler';
import { toAdminCategory } from '../presenters/adminViews';

export const handler = http(listAdminCategories, async ({ user, deps }) => ({
  body: { items: (await deps.catalog.listCategories(user.hospitalId)).map(toAdminCategory) },
}));
