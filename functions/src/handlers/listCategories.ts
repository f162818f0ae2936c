import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';
import { toCategoryView } from '../presenters/catalogViews';

export const handler = http(routes.listCategories, async ({ user, deps }) => {
  const categories = (await deps.catalog.listCategories(user.hospitalId)).filter((c) => !c.retired);
  return { body: { items: categories.map(toCategoryView) } };
});
