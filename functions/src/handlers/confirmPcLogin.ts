import { confirmPcLogin } from '../contract/pcLoginRoutes';
import { confirmPcLogin as confirm } from '../domain/auth/pcLogin';
import { http } from '../http/httpHandler';

export const handler = http(confirmPcLogin, async ({ params, user, deps }) => {
  await confirm(deps, user, params.id, deps.clock.now());
  return { body: { status: 'confirmed' as const } };
});
