import { randomBytes } from 'node:crypto';
import { knownError } from './reply';
import type { WeChatBody } from './reply';

/**
 * POST /wxa/msg_sec_check (version 2). The real service judges text with its own models; the
 * fake needs a rule tests can rely on, so it flags text carrying a marker:
 * 【违规测试】 → risky (label 20001), 【待审测试】 → review (label 21000); anything else passes.
 */
export const RISKY_MARKER = '【违规测试】';
export const REVIEW_MARKER = '【待审测试】';
const MAX_CONTENT = 2500;

export function checkContent(body: unknown): WeChatBody {
  const b = (body ?? {}) as { content?: unknown; version?: unknown; scene?: unknown; openid?: unknown };
  if (typeof b.content !== 'string' || b.content.length === 0 || b.content.length > MAX_CONTENT) return knownError(47001);
  if (b.version !== 2) return knownError(47001);
  if (![1, 2, 3, 4].includes(Number(b.scene))) return knownError(47001);
  if (typeof b.openid !== 'string' || !b.openid.startsWith('openid-')) return knownError(40003);
  const [suggest, label] = b.content.includes(RISKY_MARKER) ? ['risky', 20001] : b.content.includes(REVIEW_MARKER) ? ['review', 21000] : ['pass', 100];
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: suggest === 'pass' ? 0 : 90 }],
    trace_id: randomBytes(12).toString('hex'),
  };
}
