import * as routes from '../contract/routes';
import { redeemInvite } from '../domain/auth/linkStaff';
import { http } from '../http/httpHandler';
import { toSessionView } from '../presenters/sessionView';

export const handler = http(routes.redeemInvite, async ({ body, deps }) => ({
  body: toSessionView(await redeemInvite(deps, body)),
}));
