import { MetricName } from '../../domain/metrics';
import { powertoolsMetrics } from '../../observability/powertools';
import { withRetries } from '../../retry';

/** WeChat's server API answers HTTP 200 with errcode/errmsg on failure; errcode 0 or absent is success. */
export class WeChatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly path: string,
  ) {
    super(`WeChat ${path} failed: ${errcode} ${errmsg}`);
    this.name = 'WeChatApiError';
  }
}

/** -1: "system busy, retry". */
export const WECHAT_BUSY = -1;

export async function wechatGetJson<T>(
  base: string,
  path: string,
  query: Record<string, string>,
  options: { timeoutMs: number; retriesWhenBusy: number },
): Promise<T> {
  const url = new URL(path, base);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return withRetries(
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
      if (!response.ok) throw new Error(`WeChat ${path} answered HTTP ${response.status}`);
      return checkErrcode(path, (await response.json()) as T & { errcode?: number; errmsg?: string });
    },
    { attempts: 1 + options.retriesWhenBusy, baseDelayMs: 200 },
    (error) => error instanceof WeChatApiError && error.errcode === WECHAT_BUSY,
  );
}

/**
 * Every WeChat answer passes here: a non-zero errcode is counted (metric WeChatErrors by api and
 * errcode, for alarms on quota, token and busy answers) and thrown as a WeChatApiError.
 */
function checkErrcode<T extends { errcode?: number; errmsg?: string }>(path: string, body: T): T {
  const errcode = body.errcode ?? 0;
  if (errcode === 0) return body;
  powertoolsMetrics.count(MetricName.wechatErrors, 1, { api: path, errcode: String(errcode) });
  throw new WeChatApiError(errcode, body.errmsg ?? '', path);
}

/** POST with a JSON body (stable_token, subscribe send…); throws WeChatApiError on a non-zero errcode. */
export async function wechatPostJson<T>(
  base: string,
  path: string,
  body: unknown,
  options: { timeoutMs: number; query?: Record<string, string> },
): Promise<T> {
  const url = new URL(path, base);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  if (!response.ok) throw new Error(`WeChat ${path} answered HTTP ${response.status}`);
  return checkErrcode(path, (await response.json()) as T & { errcode?: number; errmsg?: string });
}
