import { pollPcLogin } from '../contract/pcLoginRoutes';
import { pollPcLogin as poll } from '../domain/auth/pcLogin';
import { http } from '../http/httpHandler';
import { toSessionView } from '../presenters/sessionView';

export const handler = http(pollPcLogin, async ({ params, query, deps }) => {
  const answer = await poll(deps, params.id, query.secret, deps.clock.now());
  if (answer.status !== 'confirmed' || !answer.session) return { body: { status: answer.status }, headers: { 'Cache-Control': 'no-store' } };
  return { body: { status: 'confirmed' as const, session: toSessionView(answer.session) }, headers: { 'Cache-Control': 'no-store' } };
});
