import { ConflictError, NotFoundError } from '../errors';
import type { DeadLetter, DeliveryFailure } from '../ports';
import { MetricName } from '../metrics';
import { parseLetterRef } from './deadLetters';
import { deliverOutboxItem, type NotifierDeps, type PendingSend } from './deliverOutbox';

/**
 * Minutes after a letter was set aside (its `at`) at which the redrive tries it again: often while
 * an outage is young, then further apart, 24 h in all (the stream keeps records 24 h, WeChat's
 * outages are minutes to hours). After the last try the letter is given up and the desk resends it.
 */
export const REDRIVE_AFTER_MINUTES = [1, 5, 15, 45, 105, 225, 465, 945, 1440] as const;

/** Letters tried per run of the job: a run every 5 minutes works through a long outage's backlog. */
const LETTERS_PER_RUN = 200;

export type RedriveOutcome = 'delivered' | 'retrying' | 'given_up';

/** When a letter that has had `attempts` tries (the first, when it was set aside, included) is tried next; null: never. */
export function nextAttemptAfter(letter: Pick<DeadLetter, 'at'>, attempts: number): string | null {
  const minutes = REDRIVE_AFTER_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(Date.parse(letter.at) + minutes * 60_000).toISOString();
}

/** Delivers the letter's notification again: one recipient's message, or the whole outbox item. */
async function deliverAgain(deps: NotifierDeps, letter: DeadLetter): Promise<PendingSend | 'delivered' | 'gone'> {
  if (!letter.ticketId || !letter.outboxId) return 'gone';
  const item = await deps.notifications.getOutboxItem(letter.hospitalId, letter.ticketId, letter.outboxId);
  if (!item) return 'gone';
  if (!letter.userId) {
    // A whole item set aside by the stream: what arrived is not sent again, and a recipient still failing gets a letter of their own.
    await deliverOutboxItem(deps, item, { park: true });
    return 'delivered';
  }
  const { pending } = await deliverOutboxItem(deps, item, { park: false, userId: letter.userId, after: letter.lastFailure ?? null });
  return pending[0] ?? 'delivered';
}

/**
 * One more try of a letter, and what it becomes: delivered, retrying at its next time, or given
 * up (the schedule is over).
 * A send made again after an unanswered one may be a duplicate: counted on the letter.
 */
export async function tryLetter(deps: NotifierDeps, letter: DeadLetter): Promise<DeadLetter & { state: RedriveOutcome }> {
  const result = await deliverAgain(deps, letter);
  const attempts = letter.attempts + 1;
  const resends = (letter.resends ?? 0) + (letter.lastFailure === 'unanswered' ? 1 : 0);
  if (result === 'delivered') return { ...letter, attempts, resends, state: 'delivered', nextAttemptAt: null };
  if (result === 'gone') return { ...letter, attempts, resends, state: 'given_up', nextAttemptAt: null, error: 'the notification is no longer in the table' };
  // Past the schedule (a resend of a given-up letter among them): given up again, with the new error.
  const next = nextAttemptAfter(letter, attempts);
  const failure: DeliveryFailure = result.failure;
  return { ...letter, attempts, resends, error: result.error, lastFailure: failure, state: next ? 'retrying' : 'given_up', nextAttemptAt: next };
}

/**
 * The scheduled redrive: every letter whose next try is due (of one hospital, when asked), tried
 * once more, until `timeIsUp`. Safe to run twice at once: a letter is read again before its try, and what was
 * delivered is never sent twice (delivery records).
 */
export async function redriveDeadLetters(deps: NotifierDeps, scope: { hospitalId?: string; timeIsUp?: () => boolean } = {}): Promise<Record<RedriveOutcome, number>> {
  const counts: Record<RedriveOutcome, number> = { delivered: 0, retrying: 0, given_up: 0 };
  const due = (await deps.notifications.listDueDeadLetters(deps.clock.now(), LETTERS_PER_RUN)).filter((d) => !scope.hospitalId || d.hospitalId === scope.hospitalId);
  for (const ref of due) {
    // What is left stays due: the next run takes it.
    if (scope.timeIsUp?.()) break;
    const letter = await deps.notifications.getDeadLetter(ref.hospitalId, ref.at, ref.id);
    if (letter?.state !== 'retrying') continue;
    const tried = await tryLetter(deps, letter);
    await deps.notifications.updateDeadLetter(tried);
    counts[tried.state] += 1;
    if (tried.state === 'given_up') deps.metrics.count(MetricName.notificationsGivenUp);
  }
  return counts;
}

/**
 * A person's resend of a letter (the desk): put back in the redrive's queue, due now, whatever its
 * schedule; the next run sends it (every 5 minutes; the local stack runs it at once). A delivered
 * letter is answered as it is (nothing is sent twice); a letter that cannot be sent again is a
 * conflict. Requeued rather than sent here, so the API's function never holds the WeChat secret.
 */
export async function resendLetter(deps: Pick<NotifierDeps, 'notifications' | 'clock'>, hospitalId: string, ref: string): Promise<DeadLetter> {
  const key = parseLetterRef(ref);
  const letter = key ? await deps.notifications.getDeadLetter(hospitalId, key.at, key.id) : null;
  if (!letter) throw new NotFoundError('Dead letter', '失败通知');
  if (!letter.state || !letter.outboxId) throw new ConflictError('This notification cannot be sent again (not a notification delivery)', '该记录不是可重发的通知');
  if (letter.state === 'delivered') return letter;
  const requeued: DeadLetter = { ...letter, state: 'retrying', nextAttemptAt: deps.clock.now().toISOString() };
  await deps.notifications.updateDeadLetter(requeued);
  return requeued;
}
