import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { knownError, wechatError, type WeChatBody } from './reply';
import type { SubscribeTemplate } from './templates';
import { findInvalidKey } from './valueRules';

/** A message WeChat accepted, as the fake records it for GET /__sent. */
export interface SentMessage {
  msgid: number;
  touser: string;
  template_id: string;
  page: string | null;
  miniprogram_state: string;
  lang: string;
  data: Record<string, { value: string }>;
  /** ISO time the fake accepted it. */
  at: string;
}

const OPENID = /^[A-Za-z0-9_-]{6,64}$/;
/** A page path of the app: no leading slash, optionally a query. */
const PAGE = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*(?:\?[^\s]*)?$/;
const STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

/** POST /cgi-bin/message/subscribe/send, after the access token has been checked. */
export class SubscribeMessages {
  private readonly sent: SentMessage[] = [];
  private nextMsgid = 1_000_001;
  private readonly templates: ReadonlyMap<string, SubscribeTemplate>;

  /**
   * `logFile`: what WeChat delivered outlives a restart of the local stack (it would in the real
   * world), so a crash test can count every message across the crash. One JSON line per message.
   */
  constructor(
    templates: readonly SubscribeTemplate[],
    private readonly logFile?: string,
  ) {
    this.templates = new Map(templates.map((t) => [t.id, t]));
    if (logFile) this.sent.push(...readLog(logFile));
    this.nextMsgid = Math.max(this.nextMsgid, ...this.sent.map((m) => m.msgid + 1));
  }

  send(body: unknown): WeChatBody {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return knownError(47001);
    const request = body as Record<string, unknown>;
    if (typeof request.touser !== 'string' || !OPENID.test(request.touser)) return knownError(40003);
    const template = typeof request.template_id === 'string' ? this.templates.get(request.template_id) : undefined;
    if (!template) return knownError(40037);
    if (request.page !== undefined && (typeof request.page !== 'string' || !PAGE.test(request.page))) return knownError(41030);
    const state = request.miniprogram_state ?? 'formal';
    if (typeof state !== 'string' || !STATES.includes(state)) return wechatError(47003, 'argument invalid! miniprogram_state');
    const lang = request.lang ?? 'zh_CN';
    if (typeof lang !== 'string' || !LANGS.includes(lang)) return wechatError(47003, 'argument invalid! lang');
    const invalidKey = findInvalidKey(template.keywords, request.data);
    if (invalidKey) return wechatError(47003, `argument invalid! data.${invalidKey}.value`);

    const msgid = this.nextMsgid++;
    const message: SentMessage = {
      msgid,
      touser: request.touser,
      template_id: template.id,
      page: (request.page as string | undefined) ?? null,
      miniprogram_state: state,
      lang,
      data: request.data as SentMessage['data'],
      at: new Date().toISOString(),
    };
    this.sent.push(message);
    if (this.logFile) appendFileSync(this.logFile, `${JSON.stringify(message)}\n`);
    return { errcode: 0, errmsg: 'ok', msgid };
  }

  list(touser?: string | null): SentMessage[] {
    return touser ? this.sent.filter((m) => m.touser === touser) : [...this.sent];
  }

  reset(): void {
    this.sent.length = 0;
    if (this.logFile) writeFileSync(this.logFile, '');
  }
}

function readLog(file: string): SentMessage[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  // A line cut short by a kill -9 was never answered: WeChat did not take it.
  return text.split('\n').flatMap((line) => {
    try {
      return line ? [JSON.parse(line) as SentMessage] : [];
    } catch {
      return [];
    }
  });
}
