import { LOCAL_HOOK_PREFIX, handleLocalHook } from './api/localHooks';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { corsHeaders, isPreflight, preflightHeaders } from './api/cors';
import { sendApiError, sendGatewayError } from './api/errorResponses';
import { toGatewayEvent } from './api/gatewayEvent';
import { lambdaContext, type HandlerLoader } from './api/handlers';
import { writeLambdaResult } from './api/lambdaResult';
import { RouteTable } from './api/routeTable';
import { localPageHeaders, serveStatic } from './api/staticFiles';
import { listenOnLoopback, readBody } from './serverLifecycle';

export interface ApiServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Listen address; loopback by default, 0.0.0.0 to let a phone on the LAN open the H5 app. */
  host?: string;
  /** Folder of the H5 build served on non-/v1 paths; defaults to miniapp/dist/h5. */
  h5Dir?: string;
  /** How a route's area function is found: the esbuild bundles in the local stack, anything in a unit test. */
  loadHandler: HandlerLoader;
  /** One line per request; silent when omitted. */
  log?: (line: string) => void;
}

export interface ApiServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Lambda's payload limit: API Gateway would take 10 MB, but the function could not receive it. */
const maxBodyBytes = 6 * 1024 * 1024;
/** HTTP APIs give up on an integration after 30 s. */
const integrationTimeoutMs = 30_000;
const repoRoot = join(__dirname, '..', '..', '..');

/**
 * The local stand-in for API Gateway: it adapts HTTP requests to payload-2.0 events for the
 * real handlers and writes their results back. No business logic lives here; the only answers
 * it makes itself are the gateway's own (404/405 for unknown routes, CORS preflight, timeouts).
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const routes = new RouteTable();
  const h5Dir = options.h5Dir ?? join(repoRoot, 'miniapp', 'dist', 'h5');

  const server = createServer((request, response) => {
    const started = Date.now();
    response.on('finish', () => options.log?.(`${request.method} ${request.url} ${response.statusCode} ${Date.now() - started}ms`));
    handle(request, response).catch((error: unknown) => {
      options.log?.(`adapter error on ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendGatewayError(response, 500, corsHeaders(request));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    const path = url.split('?')[0]!;
    const cors = corsHeaders(request);
    if (isPreflight(request)) {
      response.writeHead(204, preflightHeaders(request)).end();
      return;
    }
    if (path.startsWith(LOCAL_HOOK_PREFIX)) {
      await handleLocalHook(request, response, path, options.loadHandler);
      return;
    }
    if (path !== '/v1' && !path.startsWith('/v1/')) {
      const method = request.method ?? 'GET';
      if ((method === 'GET' || method === 'HEAD') && (await serveStatic(h5Dir, path, request, response))) return;
      sendApiError(response, 404, 'not_found', `No such page: ${path} (build the H5 app with npm run build:h5)`, `页面不存在：${path}（请先运行 npm run build:h5 构建 H5 应用）`, { ...cors, ...localPageHeaders() });
      return;
    }

    const match = routes.match(request.method ?? 'GET', path);
    if (match.kind === 'not_found') {
      sendApiError(response, 404, 'not_found', `No route for ${request.method} ${path}`, `接口不存在：${request.method} ${path}`, cors);
      return;
    }
    if (match.kind === 'method_not_allowed') {
      const allow = match.allowed.join(', ');
      sendApiError(response, 405, 'not_found', `${request.method} is not allowed on ${path}; allowed: ${allow}`, `${path} 不支持 ${request.method} 请求；支持：${allow}`, { ...cors, allow });
      return;
    }

    const body = await readBody(request);
    if (body.length > maxBodyBytes) {
      sendGatewayError(response, 413, cors);
      return;
    }
    const requestId = randomBytes(10).toString('base64');
    const { route } = match;
    const routeKey = `${route.method.toUpperCase()} ${route.path}`;
    const event = toGatewayEvent(
      { method: request.method ?? 'GET', url, rawHeaders: request.rawHeaders, body, sourceIp: request.socket.remoteAddress ?? '127.0.0.1', requestId, now: new Date() },
      { routeKey, pathParameters: match.pathParameters },
    );
    const gatewayHeaders = { ...cors, 'apigw-requestid': requestId };

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), integrationTimeoutMs)));
    try {
      // The route's area function, as API Gateway's integration: it dispatches on the route key.
      const handler = await options.loadHandler(route.area);
      const result = await Promise.race([handler(event, lambdaContext(route.area, requestId, integrationTimeoutMs)), timedOut]);
      if (result === 'timeout') {
        options.log?.(`${routeKey}: handler did not answer within ${integrationTimeoutMs} ms`);
        sendGatewayError(response, 503, gatewayHeaders);
        return;
      }
      writeLambdaResult(response, result, gatewayHeaders);
    } catch (error) {
      // A handler that throws is a crashed Lambda: the gateway answers a bare 500, as in AWS.
      options.log?.(`${routeKey} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendGatewayError(response, 500, gatewayHeaders);
    } finally {
      clearTimeout(timer);
    }
  }

  const host = options.host ?? '127.0.0.1';
  const listening = await listenOnLoopback(server, options.port, host);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { url: `http://${shownHost}:${listening.port}`, port: listening.port, stop: listening.stop };
}
