import * as routes from '../contract/routes';
import { NotFoundError } from '../domain/errors';
import { http } from '../http/httpHandler';
import { toUserView } from '../presenters/catalogViews';

export const handler = http(routes.getMe, async ({ user, deps }) => {
  const hospital = await deps.catalog.getHospital(user.hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${user.hospitalId}`, `医院 ${user.hospitalId} `);
  return { body: toUserView(user, hospital) };
});
