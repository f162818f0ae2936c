import * as routes from '../contract/routes';
import { signInWithWeChat } from '../domain/auth/signIn';
import { http } from '../http/httpHandler';
import { toUserView } from '../presenters/catalogViews';

export const handler = http(routes.login, async ({ body, deps }) => {
  const session = await signInWithWeChat(deps, body.code, body.hospitalId ?? deps.config.defaultHospitalId);
  return { body: { token: session.token, expiresAt: session.expiresAt.toISOString(), user: toUserView(session.user, session.hospital) } };
});
