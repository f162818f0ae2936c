import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';

const SHOWN = 100;

export const handler = http(routes.listDeadLetters, async ({ user, deps }) => {
  const letters = await deps.notifications.listDeadLetters(user.hospitalId, SHOWN);
  return { body: { items: letters.map(({ id, at, ticketId, kind, attempts, error }) => ({ id, at, ticketId, kind, attempts, error })) } };
});
