import type { ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../deps';
import { redriveDeadLetters } from '../domain/notify/redrive';
import { eventHandler, logEntry } from '../observability/eventHandler';
import { notifierDepsOf } from './notifierDeps';

/** No new letter is taken after this long: a send may wait 10 s for its answer, and the function stops at 290 s. */
const TAKE_LETTERS_FOR_MS = 240_000;

/** EventBridge, every 5 minutes (a timer in the local stack): set-aside notifications tried again on their backoff. */
export const handler = eventHandler('notificationRedrive', async (event: Partial<ScheduledEvent<{ hospitalId?: string }>>) => {
  const hospitalId = typeof event.detail?.hospitalId === 'string' ? event.detail.hospitalId : undefined;
  const started = Date.now();
  const result = await redriveDeadLetters(notifierDepsOf(await getDeps()), { hospitalId, timeIsUp: () => Date.now() - started > TAKE_LETTERS_FOR_MS });
  if (result.delivered + result.retrying + result.given_up > 0) logEntry({ msg: 'notification redrive', ...result });
  return result;
});
