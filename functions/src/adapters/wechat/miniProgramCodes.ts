import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MiniProgramCodeError, type MiniProgramCode, type MiniProgramCodes } from '../../domain/ports';
import { DynamoAccessTokenSource, type AccessTokenSource } from './accessToken';

/** 40001 invalid, 40014 malformed, 42001 expired: the token, not the request, is the problem. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);
const PATH = '/wxa/getwxacodeunlimit';
/** Pixels; WeChat accepts 280–1280. 430 prints sharp at the label's 46 mm. */
const WIDTH = 430;

/**
 * POST /wxa/getwxacodeunlimit: an image (Content-Type image/*) or a JSON error, both HTTP 200,
 * told apart by the content type. A refused token is refreshed once and the request tried again;
 * other errors throw MiniProgramCodeError with WeChat's errcode.
 */
export class WeChatMiniProgramCodes implements MiniProgramCodes {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly options: { apiBase: string; timeoutMs: number; envVersion: 'release' | 'trial' | 'develop' },
  ) {}

  async codeFor(scene: string, page: string): Promise<MiniProgramCode> {
    const token = await this.tokens.get();
    try {
      return await this.request(token, scene, page);
    } catch (error) {
      if (!(error instanceof MiniProgramCodeError) || !TOKEN_ERRCODES.has(error.errcode)) throw error;
      return this.request(await this.tokens.get(token), scene, page);
    }
  }

  private async request(token: string, scene: string, page: string): Promise<MiniProgramCode> {
    const url = new URL(PATH, this.options.apiBase);
    url.searchParams.set('access_token', token);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scene, page, check_path: true, env_version: this.options.envVersion, width: WIDTH }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) throw new Error(`WeChat ${PATH} answered HTTP ${response.status}`);
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType === 'application/json' || contentType === 'text/plain') {
      const answer = (await response.json()) as { errcode?: number; errmsg?: string };
      throw new MiniProgramCodeError(answer.errcode ?? -1, answer.errmsg ?? 'no image');
    }
    if (!contentType.startsWith('image/')) throw new Error(`WeChat ${PATH} answered ${contentType || 'no content type'}`);
    return { bytes: new Uint8Array(await response.arrayBuffer()), contentType };
  }
}

/** The mini-program codes of a function that holds the app secret; null elsewhere (the caller says WeChat is not configured). */
export function createMiniProgramCodes(
  doc: DynamoDBDocumentClient,
  config: { tableName: string; isLocal: boolean; wechat: { apiBase: string; appId: string; appSecret: string | undefined } },
): MiniProgramCodes | null {
  const secret = config.wechat.appSecret;
  if (!secret) return null;
  const tokens = new DynamoAccessTokenSource(doc, config.tableName, { apiBase: config.wechat.apiBase, appId: config.wechat.appId, appSecret: secret });
  return new WeChatMiniProgramCodes(tokens, { apiBase: config.wechat.apiBase, timeoutMs: 5000, envVersion: config.isLocal ? 'develop' : 'release' });
}
