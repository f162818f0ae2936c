import pRetry from 'p-retry';

/**
 * The one retry helper (p-retry underneath): exponential backoff without jitter, a bounded number
 * of attempts, and a test for which failures are worth another attempt. Used for calls nothing
 * else retries (WeChat's "busy" answers, a subscribe send, waiting out another instance's token
 * refresh). Never around AWS SDK calls: the SDK retries throttles and 5xx itself (3 attempts).
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait after the first failure; each later wait doubles, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs?: number;
  /** Gives up once this much time has passed since the first attempt, whatever attempts are left. */
  maxTotalMs?: number;
}

export function withRetries<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy, retryable: (error: unknown) => boolean): Promise<T> {
  return pRetry(fn, {
    retries: Math.max(0, policy.attempts - 1),
    factor: 2,
    minTimeout: policy.baseDelayMs,
    maxTimeout: policy.maxDelayMs ?? Number.POSITIVE_INFINITY,
    maxRetryTime: policy.maxTotalMs ?? Number.POSITIVE_INFINITY,
    randomize: false,
    shouldRetry: ({ error }) => retryable(error),
  });
}
