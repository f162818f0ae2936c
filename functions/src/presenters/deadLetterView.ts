import type * as z from 'zod/mini';
import type { DeadLetterView } from '../contract/notifications';
import { letterRef } from '../domain/notify/deadLetters';
import type { DeadLetter } from '../domain/ports';

/** A dead letter as the desk sees it. */
export function toDeadLetterView(letter: DeadLetter): z.infer<typeof DeadLetterView> {
  return {
    ref: letterRef(letter),
    id: letter.id,
    at: letter.at,
    ticketId: letter.ticketId,
    kind: letter.kind,
    recipientId: letter.userId ?? null,
    attempts: letter.attempts,
    error: letter.error,
    state: letter.state ?? null,
    nextAttemptAt: letter.nextAttemptAt ?? null,
    resends: letter.resends ?? 0,
  };
}
