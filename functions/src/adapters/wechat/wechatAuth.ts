import { ForbiddenError, RateLimitedError, UnauthorizedError } from '../../domain/errors';
import type { WeChatAuth, WeChatSession } from '../../domain/ports';
import { WeChatApiError, wechatGetJson } from './wechatApi';

interface Code2SessionAnswer {
  openid: string;
  session_key: string;
  unionid?: string;
}

/** code2session (GET /sns/jscode2session). The session_key never leaves this function. */
export class WeChatCode2Session implements WeChatAuth {
  constructor(private readonly config: { apiBase: string; appId: string; appSecret: string | undefined }) {}

  async exchangeCode(code: string): Promise<WeChatSession> {
    const secret = this.config.appSecret;
    if (!secret) throw new Error('WECHAT_APP_SECRET is not configured for this function');
    try {
      const answer = await wechatGetJson<Code2SessionAnswer>(
        this.config.apiBase,
        '/sns/jscode2session',
        { appid: this.config.appId, secret, js_code: code, grant_type: 'authorization_code' },
        { timeoutMs: 5000, retriesWhenBusy: 2 },
      );
      return { openid: answer.openid, unionid: answer.unionid ?? null };
    } catch (error) {
      if (error instanceof WeChatApiError) throw mapLoginError(error);
      throw error;
    }
  }
}

function mapLoginError(error: WeChatApiError): Error {
  switch (error.errcode) {
    case 40029:
    case 40163:
      return new UnauthorizedError('The WeChat login code is invalid or already used; try again', '微信登录凭证无效或已使用，请重试', { cause: error });
    case 45011:
      return new RateLimitedError('Too many login attempts; wait a minute', '登录过于频繁，请稍后再试', { cause: error });
    case 40226:
      return new ForbiddenError('WeChat has blocked this account from signing in', '该微信账号被限制登录', { cause: error });
    default:
      return error;
  }
}
