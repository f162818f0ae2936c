import { listAdminLocations } from '../contract/adminRoutes';
import { http } from '../http/httpHandler';
import { toAdminLocation } from '../presenters/adminViews';

export const handler = http(listAdminLocations, async ({ user, deps }) => ({
  body: { items: (await deps.catalog.listLocations(user.hospitalId)).map(toAdminLocation) },
}));
