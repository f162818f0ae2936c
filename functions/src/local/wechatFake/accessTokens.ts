import { randomBytes } from 'node:crypto';
import { knownError, type WeChatBody } from './reply';

const lifetimeSeconds = 7200;

interface Token {
  value: string;
  expiresAtMs: number;
}

/**
 * POST /cgi-bin/stable_token. In normal mode WeChat hands every caller the same token while it
 * is valid; force_refresh issues a new one and kills the old. Replaced or unknown tokens answer
 * 40001 on use, expired ones 42001, so the product's refresh-and-retry path can be tested.
 */
export class AccessTokens {
  private current: Token | null = null;
  private readonly expired = new Set<string>();

  constructor(
    private readonly app: { appId: string; appSecret: string },
    private readonly nowMs: () => number = Date.now,
  ) {}

  stableToken(body: unknown): WeChatBody {
    const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (request.grant_type !== 'client_credential') return knownError(40002);
    if (request.appid !== this.app.appId) return knownError(40013);
    if (request.secret !== this.app.appSecret) return knownError(40125);
    const token = request.force_refresh === true ? this.issue() : this.valid() ?? this.issue();
    return { access_token: token.value, expires_in: Math.max(0, Math.ceil((token.expiresAtMs - this.nowMs()) / 1000)) };
  }

  /** null when the token may be used, else the error WeChat would answer. */
  check(value: string | null): WeChatBody | null {
    if (!value) return knownError(41001);
    const current = this.valid();
    if (current && current.value === value) return null;
    if (this.expired.has(value) || (this.current?.value === value && !current)) return knownError(42001);
    return knownError(40001);
  }

  /** Test hook: the current token expires now, as if two hours had passed. */
  expireNow(): void {
    if (!this.current) return;
    this.expired.add(this.current.value);
    this.current = null;
  }

  reset(): void {
    this.current = null;
    this.expired.clear();
  }

  private valid(): Token | null {
    if (this.current && this.current.expiresAtMs <= this.nowMs()) {
      this.expired.add(this.current.value);
      this.current = null;
    }
    return this.current;
  }

  private issue(): Token {
    this.current = { value: `local-token-${randomBytes(24).toString('base64url')}`, expiresAtMs: this.nowMs() + lifetimeSeconds * 1000 };
    return this.current;
  }
}
