import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';
import { toLocationTree } from '../presenters/catalogViews';

export const handler = http(routes.listLocations, async ({ user, deps }) => {
  const locations = (await deps.catalog.listLocations(user.hospitalId)).filter((l) => !l.retired);
  return { body: { items: toLocationTree(locations) } };
});
