import { checkContent } from './contentCheck';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback, readBody } from '../serverLifecycle';
import { AccessTokens } from './accessTokens';
import { FaultQueue, parseFaultSpecs, type Fault } from './faults';
import { LoginCodes } from './loginCodes';
import { miniProgramCode, readMiniAppPages } from './miniProgramCode';
import { PhoneNumberCodes } from './phoneNumbers';
import { knownError, wechatError, type WeChatBody } from './reply';
import { SubscribeMessages } from './subscribeMessages';
import { localTemplates, type SubscribeTemplate } from './templates';

export interface WeChatFakeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  appId: string;
  appSecret: string;
  templates?: readonly SubscribeTemplate[];
  /** The app's pages, for getwxacodeunlimit's check_path; read from miniapp/src/app.config.ts when omitted. */
  pages?: readonly string[];
  /** Keep the accepted subscribe messages in this file across restarts (a stack with kept data). */
  sentLogFile?: string;
}

export interface WeChatFake {
  /** Base URL to use as WECHAT_API_BASE, e.g. http://127.0.0.1:3001 (no trailing slash). */
  url: string;
  stop(): Promise<void>;
}

/** What a route of the fake answers; a null body is sent as an empty 204, a Buffer as `contentType`. */
type Answer = { status: number; body: unknown; contentType?: string };

const CODE_PATH = '/wxa/getwxacodeunlimit';

/**
 * A loopback stand-in for api.weixin.qq.com with WeChat's documented behaviour
 * (as WeChat documents its server API), plus test hooks under /__ to inspect and to misbehave.
 */
export async function startWeChatFake(options: WeChatFakeOptions): Promise<WeChatFake> {
  const app = { appId: options.appId, appSecret: options.appSecret };
  const codes = new LoginCodes(app);
  const tokens = new AccessTokens(app);
  const phones = new PhoneNumberCodes(app.appId);
  const messages = new SubscribeMessages(options.templates ?? localTemplates, options.sentLogFile);
  const faults = new FaultQueue();
  const appPages = options.pages ?? readMiniAppPages();
  const hanging = new Set<ServerResponse>();

  const reset = () => {
    codes.reset();
    phones.reset();
    tokens.reset();
    messages.reset();
    faults.clear();
    for (const response of hanging) response.destroy();
    hanging.clear();
  };

  function route(method: string, url: URL, body: unknown): Answer | null {
    const ok = (payload: WeChatBody): Answer => ({ status: 200, body: payload });
    switch (`${method} ${url.pathname}`) {
      case 'GET /sns/jscode2session':
        return ok(codes.exchange(url.searchParams));
      case 'POST /cgi-bin/stable_token':
        return ok(tokens.stableToken(body));
      case 'POST /wxa/msg_sec_check':
        return ok(tokens.check(url.searchParams.get('access_token')) ?? checkContent(body));
      case `POST ${CODE_PATH}`: {
        const refused = tokens.check(url.searchParams.get('access_token'));
        if (refused) return ok(refused);
        const code = miniProgramCode(body, appPages);
        return 'error' in code ? ok(code.error) : { status: 200, body: code.image, contentType: code.contentType };
      }
      case 'POST /wxa/business/getuserphonenumber':
        return ok(tokens.check(url.searchParams.get('access_token')) ?? phones.verify(body));
      case 'POST /cgi-bin/message/subscribe/send':
        return ok(tokens.check(url.searchParams.get('access_token')) ?? messages.send(body));
      case 'GET /__sent':
        return { status: 200, body: { items: messages.list(url.searchParams.get('touser')) } };
      case 'POST /__faults': {
        const specs = parseFaultSpecs(body);
        if (typeof specs === 'string') return { status: 400, body: { error: specs } };
        specs.forEach((spec) => faults.add(spec));
        return { status: 204, body: null };
      }
      case 'POST /__faults/end': {
        const touser = (body as { touser?: unknown } | null)?.touser;
        if (typeof touser !== 'string' || touser === '') return { status: 400, body: { error: 'touser must be an openid' } };
        faults.endFor(touser);
        return { status: 204, body: null };
      }
      case 'POST /__expire_token':
        tokens.expireNow();
        return { status: 204, body: null };
      case 'POST /__reset':
        reset();
        return { status: 204, body: null };
      default:
        return null;
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const raw = (await readBody(request)).toString('utf8');
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        // WeChat answers a body that is not JSON with 47001 (getwxacodeunlimit: 40169), HTTP 200; the hooks with 400.
        if (url.pathname.startsWith('/__')) return send(response, 400, { error: 'body is not JSON' });
        return send(response, 200, knownError(url.pathname === CODE_PATH ? 40169 : 47001));
      }
    }

    const isHook = url.pathname.startsWith('/__');
    const touser = typeof (body as { touser?: unknown } | undefined)?.touser === 'string' ? (body as { touser: string }).touser : undefined;
    const fault = isHook ? undefined : faults.take(url.pathname, touser);
    if (fault && (await applyFault(fault, response))) return;

    // A late answer still does the work (records the message), after the delay: WeChat delivered it, the client may have given up.
    const answer = route(request.method ?? 'GET', url, body);
    if (!answer) {
      // An unknown API answers like WeChat does for a bad path: HTTP 200 with an errcode.
      return send(response, 200, isHook ? { error: 'unknown hook' } : wechatError(-1, `invalid url ${url.pathname}`));
    }
    send(response, answer.status, answer.body, answer.contentType);
  }

  /** Delays, hangs or answers the fault's error; true when the response is taken care of. */
  async function applyFault(fault: Fault, response: ServerResponse): Promise<boolean> {
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.timeout) {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return true;
    }
    if (fault.errcode !== undefined) {
      send(response, 200, fault.errmsg ? wechatError(fault.errcode, fault.errmsg) : knownError(fault.errcode));
      return true;
    }
    return false;
  }

  const listening = await listenOnLoopback(server, options.port ?? 0);
  return { url: `http://127.0.0.1:${listening.port}`, stop: listening.stop };
}

function send(response: ServerResponse, status: number, body: unknown, contentType = 'application/octet-stream'): void {
  if (status === 204 || body === null) {
    response.writeHead(status).end();
    return;
  }
  if (Buffer.isBuffer(body)) {
    response.writeHead(status, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
