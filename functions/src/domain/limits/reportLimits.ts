import { RateLimitedError } from '../errors';
import type { Hospital } from '../records';
import type { ReportLimitClass } from '../policy/can';

/** At most `maxReports` reports in each fixed window of `windowSeconds` (aligned to the epoch). */
export interface RateWindow {
  maxReports: number;
  windowSeconds: number;
}

/** Many reports of one category at one place within `windowMinutes` reach the desk as one grouped alert. */
export interface BurstRule {
  /** The report that makes the group (and every later one in the window) is folded; at least 2. */
  minReports: number;
  windowMinutes: number;
}

/** Per hospital (`Hospital.limits`), each key replacing its default whole. */
export interface ReportLimits {
  guest: RateWindow[];
  staffReporter: RateWindow[];
  burst: BurstRule;
}

const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;

/** The defaults: guests 3 an hour; staff reporters 10 per 10 minutes and 50 a day; ≥ 3 in 10 minutes is a burst. */
export const DEFAULT_REPORT_LIMITS: ReportLimits = {
  guest: [{ maxReports: 3, windowSeconds: HOUR_S }],
  staffReporter: [
    { maxReports: 10, windowSeconds: 10 * MINUTE_S },
    { maxReports: 50, windowSeconds: DAY_S },
  ],
  burst: { minReports: 3, windowMinutes: 10 },
};

export function reportLimitsOf(hospital: Pick<Hospital, 'limits'>): ReportLimits {
  return { ...DEFAULT_REPORT_LIMITS, ...hospital.limits };
}

/** One fixed window: [startEpoch, endEpoch) in seconds. */
export interface FixedWindow {
  windowSeconds: number;
  startEpoch: number;
  endEpoch: number;
}

export function fixedWindowAt(now: Date, windowSeconds: number): FixedWindow {
  const nowEpoch = Math.floor(now.getTime() / 1000);
  const startEpoch = nowEpoch - (nowEpoch % windowSeconds);
  return { windowSeconds, startEpoch, endEpoch: startEpoch + windowSeconds };
}

/** Whole seconds until the window frees (at least 1: "now" is never an answer worth retrying at). */
export function secondsUntilWindowEnds(now: Date, window: FixedWindow): number {
  return Math.max(1, Math.ceil(window.endEpoch - now.getTime() / 1000));
}

/** A counter a report is charged to: the reporter's window, its cap and when it frees. */
export interface LimitCharge extends FixedWindow {
  userId: string;
  maxReports: number;
  /** The counter item outlives its window a little, then DynamoDB's TTL removes it. */
  expiresAtEpoch: number;
}

const COUNTER_KEEP_AFTER_WINDOW_SECONDS = HOUR_S;

/** The counters a report by this user is charged to (none for the desk's and technicians' own work). */
export function limitChargesFor(userId: string, limitClass: ReportLimitClass | null, limits: ReportLimits, now: Date): LimitCharge[] {
  if (!limitClass) return [];
  return limits[limitClass].map(({ maxReports, windowSeconds }) => {
    const window = fixedWindowAt(now, windowSeconds);
    return { ...window, userId, maxReports, expiresAtEpoch: window.endEpoch + COUNTER_KEEP_AFTER_WINDOW_SECONDS };
  });
}

/** A refused report: 429 with Retry-After (seconds) and the minutes in the message. */
export class TooManyReportsError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(`Too many reports; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, `报修过于频繁，请 ${minutes} 分钟后再试`, { retryAfterSeconds });
    this.name = 'TooManyReportsError';
  }
}

/** The refusal for the counters that are full: wait until the last of them frees. */
export function refusalFor(full: readonly LimitCharge[], now: Date): TooManyReportsError {
  return new TooManyReportsError(Math.max(...full.map((c) => secondsUntilWindowEnds(now, c))));
}

/** Refuses before anything is written when a counter read with the report is already at its cap. */
export function checkLimits(charges: readonly LimitCharge[], counts: readonly number[], now: Date): void {
  const full = charges.filter((c, i) => (counts[i] ?? 0) >= c.maxReports);
  if (full.length > 0) throw refusalFor(full, now);
}
