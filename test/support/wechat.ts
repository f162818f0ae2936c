import { randomUUID } from 'node:crypto';
import type { FaultSpec } from '../../functions/src/local/wechatFake/faults';
import type { SentMessage } from '../../functions/src/local/wechatFake/subscribeMessages';
import { stackEnv } from './env';

/**
 * The WeChat fake of the local stack, seen from a test. It is shared by all test files of the
 * run, so tests use their own users (codes, openids) rather than resetting it.
 */
export const wechat = {
  /** A fresh wx.login code for the WeChat user `user` (openid `openid-<user>`); each code works once. */
  code(user: string): string {
    return `wxcode-${user}.${randomUUID().slice(0, 8)}`;
  },
  /** A fresh code of the phone button that WeChat verifies as +86 `mobile` (11 digits); each code works once. */
  phoneCode(mobile: string): string {
    return `phonecode-${mobile}.${randomUUID().slice(0, 8)}`;
  },
  openid(user: string): string {
    return `openid-${user}`;
  },
  async sent(touser?: string): Promise<SentMessage[]> {
    const url = new URL('/__sent', stackEnv('WECHAT_URL'));
    if (touser) url.searchParams.set('touser', touser);
    const response = await fetch(url);
    return ((await response.json()) as { items: SentMessage[] }).items;
  },
  /** The next calls of a WeChat API misbehave: an errcode, a delay or no answer at all. */
  async fault(...specs: FaultSpec[]): Promise<void> {
    const response = await fetch(new URL('/__faults', stackEnv('WECHAT_URL')), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(specs) });
    if (response.status !== 204) throw new Error(`could not queue the fault: ${response.status} ${await response.text()}`);
  },
  /** Ends the faults queued for one recipient: WeChat recovers for them now. */
  async endFaults(touser: string): Promise<void> {
    const response = await fetch(new URL('/__faults/end', stackEnv('WECHAT_URL')), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ touser }) });
    if (response.status !== 204) throw new Error(`could not end the faults: ${response.status} ${await response.text()}`);
  },
  /** Calls a WeChat API of the fake directly (GET with query, or POST with a JSON body). */
  async call(path: string, init: { query?: Record<string, string>; body?: unknown } = {}): Promise<Record<string, unknown>> {
    const url = new URL(path, stackEnv('WECHAT_URL'));
    for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
    const response = await fetch(url, init.body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) });
    return (await response.json()) as Record<string, unknown>;
  },
};
