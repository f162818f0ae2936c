import { baseUrl } from './browser';

/**
 * The local stack's controls (functions/src/local/api/localHooks.ts), on the server the browser
 * uses: `clock {advanceMs}` moves the handlers' clock forward (other e2e files share it: a little,
 * forward only); `jobs/<name>` fires a scheduled job now, as its EventBridge rule would.
 */
export async function local<T = unknown>(path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/__local/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`/__local/${path} answered ${res.status}`);
  return (await res.json()) as T;
}

/** The handlers' time now: the real clock plus what the tests advanced. */
export async function stackNow(): Promise<Date> {
  const { now } = (await (await fetch(`${baseUrl()}/__local/clock`)).json()) as { now: string };
  return new Date(now);
}
