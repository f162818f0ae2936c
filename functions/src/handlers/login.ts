import * as routes from '../contract/routes';
import { signInWithWeChat } from '../domain/auth/signIn';
import { http } from '../http/httpHandler';
import { toSessionView } from '../presenters/sessionView';

export const handler = http(routes.login, async ({ body, deps }) => ({
  body: toSessionView(await signInWithWeChat(deps, body, deps.config.defaultHospitalId)),
}));
