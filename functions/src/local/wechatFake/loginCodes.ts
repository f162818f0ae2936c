import { createHash } from 'node:crypto';
import { knownError, type WeChatBody } from './reply';

/**
 * wx.login codes of the fake. A real code is opaque and random; here the code names the
 * WeChat user so a test can sign in as the same person again with a fresh code:
 * `wxcode-<user>` or `wxcode-<user>.<anything>` → openid `openid-<user>`. Each code works once.
 */
const CODE = /^wxcode-([A-Za-z0-9_-]{1,48})(?:\.[A-Za-z0-9_-]{1,64})?$/;

export function openidForCode(code: string): string | null {
  const match = CODE.exec(code);
  return match ? `openid-${match[1]}` : null;
}

export class LoginCodes {
  private readonly used = new Set<string>();

  constructor(private readonly app: { appId: string; appSecret: string }) {}

  /** GET /sns/jscode2session, with WeChat's checks in WeChat's order. */
  exchange(query: URLSearchParams): WeChatBody {
    if (query.get('appid') !== this.app.appId) return knownError(40013);
    if (query.get('secret') !== this.app.appSecret) return knownError(40125);
    if (query.get('grant_type') !== 'authorization_code') return knownError(40002);
    const code = query.get('js_code');
    if (!code) return knownError(41008);
    const openid = openidForCode(code);
    if (!openid) return knownError(40029);
    if (this.used.has(code)) return knownError(40163);
    this.used.add(code);
    // Stable per user, like WeChat's while the session lasts; it must never reach the client.
    const sessionKey = createHash('sha256').update(`${this.app.appId}:${openid}`).digest('base64').slice(0, 24);
    return { openid, session_key: sessionKey };
  }

  reset(): void {
    this.used.clear();
  }
}
