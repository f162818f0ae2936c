import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { RateLimitedError, UnauthorizedError } from '../../domain/errors';
import type { VerifiedPhone, WeChatPhoneNumbers } from '../../domain/ports';
import { withRetries } from '../../retry';
import { DynamoAccessTokenSource, type AccessTokenSource } from './accessToken';
import { WECHAT_BUSY, WeChatApiError, wechatPostJson } from './wechatApi';

const PATH = '/wxa/business/getuserphonenumber';
const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);

interface PhoneAnswer {
  phone_info?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string; watermark?: { appid?: string; timestamp?: number } };
}

/**
 * POST /wxa/business/getuserphonenumber: the phone button's one-time code → the number WeChat
 * verified. The access token is the deployment's shared one (refreshed once on a token error);
 * "busy" (-1) is retried as the other WeChat calls are. The watermark must name our app.
 */
export class WeChatPhoneNumberClient implements WeChatPhoneNumbers {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly options: { apiBase: string; appId: string; timeoutMs: number; retriesWhenBusy: number },
  ) {}

  async verifiedPhone(phoneCode: string): Promise<VerifiedPhone> {
    try {
      const answer = await withRetries(
        () => this.withFreshToken(phoneCode),
        { attempts: 1 + this.options.retriesWhenBusy, baseDelayMs: 200 },
        (error) => error instanceof WeChatApiError && error.errcode === WECHAT_BUSY,
      );
      return this.phoneOf(answer);
    } catch (error) {
      if (error instanceof WeChatApiError) throw mapPhoneError(error);
      throw error;
    }
  }

  private async withFreshToken(phoneCode: string): Promise<PhoneAnswer> {
    const token = await this.tokens.get();
    try {
      return await this.post(token, phoneCode);
    } catch (error) {
      if (!(error instanceof WeChatApiError) || !TOKEN_ERRCODES.has(error.errcode)) throw error;
      return this.post(await this.tokens.get(token), phoneCode);
    }
  }

  private post(token: string, phoneCode: string): Promise<PhoneAnswer> {
    return wechatPostJson<PhoneAnswer>(this.options.apiBase, PATH, { code: phoneCode }, { timeoutMs: this.options.timeoutMs, query: { access_token: token } });
  }

  private phoneOf(answer: PhoneAnswer): VerifiedPhone {
    const info = answer.phone_info;
    if (!info?.purePhoneNumber || !info.countryCode || !info.phoneNumber) throw new Error('WeChat getuserphonenumber answered without phone_info');
    if (info.watermark?.appid !== this.options.appId) throw new Error('WeChat getuserphonenumber answered for another app');
    return { phoneNumber: info.phoneNumber, purePhoneNumber: info.purePhoneNumber, countryCode: info.countryCode };
  }
}

function mapPhoneError(error: WeChatApiError): Error {
  switch (error.errcode) {
    case 40029:
      return new UnauthorizedError('The phone number code is invalid or already used; tap the button again', '手机号授权码无效或已使用，请重新点击授权', { cause: error });
    case 45011:
      return new RateLimitedError('Too many phone number checks; wait a minute and try again', '手机号验证过于频繁，请一分钟后再试', { cause: error });
    case WECHAT_BUSY:
      return new RateLimitedError('WeChat is busy; try again in a moment', '微信服务繁忙，请稍后再试', { cause: error });
    default:
      return error;
  }
}

/** The client of a function that holds the app secret (the auth function). */
export function createPhoneNumbers(doc: DynamoDBDocumentClient, config: { tableName: string; wechat: { apiBase: string; appId: string; appSecret: string | undefined } }): WeChatPhoneNumbers {
  const secret = config.wechat.appSecret;
  if (!secret) throw new Error('WECHAT_APP_SECRET is not configured for this function');
  const tokens = new DynamoAccessTokenSource(doc, config.tableName, { apiBase: config.wechat.apiBase, appId: config.wechat.appId, appSecret: secret });
  return new WeChatPhoneNumberClient(tokens, { apiBase: config.wechat.apiBase, appId: config.wechat.appId, timeoutMs: 5000, retriesWhenBusy: 2 });
}
