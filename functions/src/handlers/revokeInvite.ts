import { staffLinkAdmin } from '../contract/adminRoutes';
import { revokeInvite } from '../domain/auth/invites';
import { http } from '../http/httpHandler';

export const handler = http(staffLinkAdmin.revokeInvite, async ({ params, user, deps }) => {
  await revokeInvite(deps, user, params.id);
  return { body: undefined };
});
