import { randomBytes } from 'node:crypto';

/** A WeChat answer body; errors and successes both travel with HTTP 200. */
export type WeChatBody = Record<string, unknown>;

/** WeChat appends a request id to every errmsg; clients must not compare errmsg verbatim. */
function rid(): string {
  const hex = randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}

export function wechatError(errcode: number, errmsg: string): WeChatBody {
  return { errcode, errmsg: `${errmsg} rid: ${rid()}` };
}

/** The documented messages of the error codes the fake produces or can be told to produce. */
export const errorMessages: Readonly<Record<number, string>> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40097: 'invalid args',
  40125: 'invalid appsecret',
  40129: 'invalid scene',
  40163: 'code been used',
  40164: 'invalid ip, not in whitelist',
  40169: 'invalid length for scene, or the data is not json string',
  40226: 'high risk user',
  41001: 'access_token missing',
  41008: 'missing code',
  41030: 'invalid page',
  42001: 'access_token expired',
  43101: 'user refuse to accept the msg',
  43107: 'the user has banned the message',
  43108: 'concurrent limit exceeded',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit mustslower retry next minute',
  45168: 'content contains sensitive word',
  47001: 'data format error',
  47003: 'argument invalid!',
};

export function knownError(errcode: number): WeChatBody {
  return wechatError(errcode, errorMessages[errcode] ?? 'error');
}
