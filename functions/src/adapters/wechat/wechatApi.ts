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
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
    if (!response.ok) throw new Error(`WeChat ${path} answered HTTP ${response.status}`);
    const body = (await response.json()) as T & { errcode?: number; errmsg?: string };
    const errcode = body.errcode ?? 0;
    if (errcode === 0) return body;
    if (errcode === WECHAT_BUSY && attempt < options.retriesWhenBusy) {
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      continue;
    }
    throw new WeChatApiError(errcode, body.errmsg ?? '', path);
  }
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
  const answer = (await response.json()) as T & { errcode?: number; errmsg?: string };
  const errcode = answer.errcode ?? 0;
  if (errcode !== 0) throw new WeChatApiError(errcode, answer.errmsg ?? '', path);
  return answer;
}
