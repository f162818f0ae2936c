import { TransientDeliveryError, UnansweredDeliveryError, type SendAnswer, type SubscribeMessage, type SubscribeMessenger } from '../../domain/ports';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAccessTokenSource, type AccessTokenSource } from './accessToken';
import { WeChatApiError, wechatPostJson } from './wechatApi';

/** 40001 invalid, 40014 malformed, 42001 expired: the token, not the message, is the problem. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);

/**
 * POST /cgi-bin/message/subscribe/send. A refused token is refreshed once (not forced) and the
 * send tried once more; WeChat's other answers go back to the domain, which decides what they
 * mean. No connection is a TransientDeliveryError (nothing was sent); no answer in time is an
 * UnansweredDeliveryError (it may have arrived: the caller must not resend at once).
 */
export class WeChatSubscribeMessenger implements SubscribeMessenger {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly options: { apiBase: string; timeoutMs: number; miniprogramState: 'formal' | 'trial' | 'developer' },
  ) {}

  async send(message: SubscribeMessage): Promise<SendAnswer> {
    let token = await this.tokens.get();
    let answer = await this.post(token, message);
    if (TOKEN_ERRCODES.has(answer.errcode)) {
      token = await this.tokens.get(token);
      answer = await this.post(token, message);
    }
    return answer;
  }

  private async post(token: string, message: SubscribeMessage): Promise<SendAnswer> {
    try {
      const body = await wechatPostJson<{ msgid?: number }>(
        this.options.apiBase,
        '/cgi-bin/message/subscribe/send',
        {
          touser: message.touser,
          template_id: message.templateId,
          page: message.page,
          miniprogram_state: this.options.miniprogramState,
          lang: 'zh_CN',
          data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
        },
        { timeoutMs: this.options.timeoutMs, query: { access_token: token } },
      );
      return { errcode: 0, errmsg: 'ok', ...(body.msgid === undefined ? {} : { msgid: body.msgid }) };
    } catch (error) {
      if (error instanceof WeChatApiError) return { errcode: error.errcode, errmsg: error.errmsg };
      const reason = `WeChat subscribe send failed: ${error instanceof Error ? error.message : String(error)}`;
      // Refused before anything was sent: safe to try again. Anything else (a timeout above all) may have arrived.
      if (neverSent(error)) throw new TransientDeliveryError(reason, { cause: error });
      throw new UnansweredDeliveryError(reason, { cause: error });
    }
  }
}

const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** fetch's "fetch failed" names the socket's error as its cause: no connection means the request never left. */
function neverSent(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && NOT_CONNECTED.has(cause.code);
}

/**
 * The messenger of a function: only functions given the app secret (the notifier) can fetch a
 * token; elsewhere a send fails loudly instead of quietly doing nothing.
 */
export function createSubscribeMessenger(
  doc: DynamoDBDocumentClient,
  config: { tableName: string; isLocal: boolean; wechat: { apiBase: string; appId: string; appSecret: string | undefined }; notifications: { sendTimeoutMs: number } },
): SubscribeMessenger {
  const secret = config.wechat.appSecret;
  if (!secret) {
    return {
      send: () => Promise.reject(new Error('WECHAT_APP_SECRET is not configured for this function; it cannot send subscribe messages')),
    };
  }
  const tokens = new DynamoAccessTokenSource(doc, config.tableName, { apiBase: config.wechat.apiBase, appId: config.wechat.appId, appSecret: secret });
  return new WeChatSubscribeMessenger(tokens, {
    apiBase: config.wechat.apiBase,
    timeoutMs: config.notifications.sendTimeoutMs,
    miniprogramState: config.isLocal ? 'developer' : 'formal',
  });
}
