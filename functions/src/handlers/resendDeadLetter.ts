import * as routes from '../contract/routes';
import { resendLetter } from '../domain/notify/redrive';
import { http } from '../http/httpHandler';
import { toDeadLetterView } from '../presenters/deadLetterView';

export const handler = http(routes.resendDeadLetter, async ({ params, user, deps }) => {
  const letter = await resendLetter(deps, user.hospitalId, params.ref);
  return { body: toDeadLetterView(letter) };
});
