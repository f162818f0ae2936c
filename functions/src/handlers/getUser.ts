import { getUser } from '../contract/adminRoutes';
import { NotFoundError } from '../domain/errors';
import { http } from '../http/httpHandler';
import { toAdminUser } from '../presenters/adminViews';

export const handler = http(getUser, async ({ params, user, deps }) => {
  const found = await deps.users.getUser(user.hospitalId, params.id);
  // Guests are WeChat accounts, not staff: the people screen never shows them.
  if (!found || found.kind === 'guest') throw new NotFoundError(`User ${params.id}`, `用户 ${params.id} `);
  return { body: toAdminUser(found) };
});
