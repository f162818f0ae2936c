import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';
import { toDeadLetterView } from '../presenters/deadLetterView';

const SHOWN = 100;

export const handler = http(routes.listDeadLetters, async ({ user, deps }) => {
  const letters = await deps.notifications.listDeadLetters(user.hospitalId, SHOWN);
  return { body: { items: letters.map(toDeadLetterView) } };
});
