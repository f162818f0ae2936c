import type { Period } from './period';

/** Callbacks are owed for this long after completion; older ones age out of the desk's work list into the reports' "not called back". */
export const CALLBACK_OWED_DAYS = 14;
const DAY_MS = 24 * 3600 * 1000;

/** The one read the count needs (AP-19, CB#: completions still owed a callback, keyed by completion time). */
export interface CallbacksOwedCounter {
  countCallbacksOwed(hospitalId: string, completedFrom: string, completedBefore: string, filter: { category?: string | undefined; building?: string | undefined }): Promise<number>;
}

/** When a completion at or before this instant is no longer on the desk's work list. */
export function callbacksAgeOutBefore(now: Date): Date {
  return new Date(now.getTime() - CALLBACK_OWED_DAYS * DAY_MS);
}

/**
 * Tickets completed in the period and never called back within CALLBACK_OWED_DAYS: those still
 * owed a callback whose completion is older than the work list's window. One COUNT Query over
 * the period's slice of the index, so it is bounded by the period, not by history.
 */
export async function countNotCalledBack(
  tickets: CallbacksOwedCounter,
  hospitalId: string,
  period: Pick<Period, 'startsAt' | 'endsAt'>,
  now: Date,
  filter: { category?: string | undefined; building?: string | undefined } = {},
): Promise<number> {
  const ageOut = callbacksAgeOutBefore(now).toISOString();
  const before = ageOut < period.endsAt ? ageOut : period.endsAt;
  if (before <= period.startsAt) return 0;
  return tickets.countCallbacksOwed(hospitalId, period.startsAt, before, filter);
}
