import * as routes from '../contract/routes';
import { signInForDevelopment } from '../domain/auth/signIn';
import { http } from '../http/httpHandler';
import { toUserView } from '../presenters/catalogViews';

export const handler = http(routes.devLogin, async ({ body, deps }) => {
  const hospitalId = body.hospitalId ?? deps.config.defaultHospitalId;
  const session = await signInForDevelopment(deps, deps.config.isLocal, body.userId, hospitalId);
  return { body: { token: session.token, expiresAt: session.expiresAt.toISOString(), user: toUserView(session.user, session.hospital) } };
});
