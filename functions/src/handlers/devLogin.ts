import * as routes from '../contract/routes';
import { signInForDevelopment } from '../domain/auth/signIn';
import { http } from '../http/httpHandler';
import { toSessionView } from '../presenters/sessionView';

export const handler = http(routes.devLogin, async ({ body, deps }) => {
  const hospitalId = body.hospitalId ?? deps.config.defaultHospitalId;
  return { body: toSessionView(await signInForDevelopment(deps, deps.config.isLocal, body.userId, hospitalId)) };
});
