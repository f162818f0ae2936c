import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ContentChecker, ContentVerdict } from '../../domain/ports';
import { DynamoAccessTokenSource, type AccessTokenSource } from './accessToken';
import { WeChatApiError, wechatPostJson } from './wechatApi';

const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);
/** msg_sec_check scene 2: user comments — the closest of WeChat's four to a short report. */
const SCENE_COMMENT = 2;
const MAX_CONTENT = 2500;

interface CheckAnswer {
  result?: { suggest?: string; label?: number };
}

/**
 * POST /wxa/msg_sec_check (version 2). errcode 0 does not mean safe: the verdict is in
 * result.suggest. Any failure (WeChat busy, 61010 inactive openid, a timeout) gives no verdict
 * rather than blocking the report.
 */
export class WeChatContentChecker implements ContentChecker {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly options: { apiBase: string; timeoutMs: number },
  ) {}

  async check(text: string, openid: string): Promise<ContentVerdict | null> {
    try {
      let token = await this.tokens.get();
      try {
        return verdictOf(await this.post(token, text, openid));
      } catch (error) {
        if (!(error instanceof WeChatApiError) || !TOKEN_ERRCODES.has(error.errcode)) throw error;
        token = await this.tokens.get(token);
        return verdictOf(await this.post(token, text, openid));
      }
    } catch (error) {
      console.warn(JSON.stringify({ msg: 'content check unavailable', error: error instanceof Error ? error.message : String(error) }));
      return null;
    }
  }

  private post(token: string, text: string, openid: string): Promise<CheckAnswer> {
    return wechatPostJson<CheckAnswer>(
      this.options.apiBase,
      '/wxa/msg_sec_check',
      { content: text.slice(0, MAX_CONTENT), version: 2, scene: SCENE_COMMENT, openid },
      { timeoutMs: this.options.timeoutMs, query: { access_token: token } },
    );
  }
}

function verdictOf(answer: CheckAnswer): ContentVerdict {
  const suggest = answer.result?.suggest;
  return { suggest: suggest === 'pass' || suggest === 'review' || suggest === 'risky' ? suggest : 'review', label: answer.result?.label ?? 0 };
}

/** The checker of a function, when content checking is on and the function holds the app secret. */
export function createContentChecker(
  doc: DynamoDBDocumentClient,
  config: { tableName: string; contentCheck: boolean; wechat: { apiBase: string; appId: string; appSecret: string | undefined } },
): ContentChecker | null {
  const secret = config.wechat.appSecret;
  if (!config.contentCheck || !secret) return null;
  const tokens = new DynamoAccessTokenSource(doc, config.tableName, { apiBase: config.wechat.apiBase, appId: config.wechat.appId, appSecret: secret });
  return new WeChatContentChecker(tokens, { apiBase: config.wechat.apiBase, timeoutMs: 2000 });
}
