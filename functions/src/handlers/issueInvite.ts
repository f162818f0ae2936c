import { staffLinkAdmin } from '../contract/adminRoutes';
import { inviteLink, issueInvite } from '../domain/auth/invites';
import { http } from '../http/httpHandler';

export const handler = http(staffLinkAdmin.issueInvite, async ({ params, query, user, deps }) => {
  const invite = await issueInvite(deps, user, params.id, query.validForHours);
  return { body: { inviteCode: invite.code, expiresAt: invite.expiresAt, link: inviteLink(deps.config.labelBaseUrl, invite.code) } };
});
