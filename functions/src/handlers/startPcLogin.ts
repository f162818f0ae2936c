import { startPcLogin } from '../contract/pcLoginRoutes';
import { startPcLogin as start } from '../domain/auth/pcLogin';
import { http } from '../http/httpHandler';

export const handler = http(startPcLogin, async ({ deps }) => {
  const started = await start(deps, deps.config.labelBaseUrl, deps.clock.now());
  return { status: 201, body: { ...started, expiresAt: started.expiresAt.toISOString() } };
});
