import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import type { RouteDef } from '../contract/route';
import { getDeps, type Deps } from '../deps';
import { ForbiddenError, InvalidError, UnauthorizedError } from '../domain/errors';
import { can } from '../domain/policy/can';
import { isGuest } from '../domain/access';
import type { UserRecord } from '../domain/records';
import { logRequests, noteRequest } from '../observability/requestLog';
import { jsonResponse, toErrorResponse } from './errorResponse';
import { issuesToDetails } from './validationMessages';
import { rawResponse } from './rawResponse';
import { textBodyParser } from './textBody';
import { auditedDeps } from '../domain/admin/audit/auditedDeps';

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

export interface Req<R extends RouteDef> {
  body: Parsed<R['body']>;
  query: Parsed<R['query']>;
  params: Parsed<R['params']>;
  headers: Parsed<R['headers']>;
  /** The signed-in user, loaded fresh from the table (roles are never taken from the token). */
  user: R['auth'] extends 'session' ? UserRecord : null;
  deps: Deps;
  event: APIGatewayProxyEventV2;
}

export interface JsonRes<R extends RouteDef> {
  status?: number;
  body: z.input<R['response']>;
  headers?: Record<string, string>;
}

/** A non-JSON answer (CSV, PDF) of a route that declares `produces`; a Buffer is sent base64-encoded. */
export interface RawRes {
  status?: number;
  rawBody: string | Buffer;
  contentType: string;
  headers?: Record<string, string>;
}

export type Res<R extends RouteDef> = JsonRes<R> | RawRes;

type Event = APIGatewayProxyEventV2 & { body?: unknown };

function parsePart(schema: z.ZodMiniType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new InvalidError('The request has invalid fields', '请求中有字段不符合要求', issuesToDetails(result.error.issues, where));
}

async function authenticate(deps: Deps, event: APIGatewayProxyEventV2, route: RouteDef): Promise<UserRecord | null> {
  if (route.auth === 'public') return null;
  const header = event.headers?.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!match?.[1]) throw new UnauthorizedError('Sign in first (Authorization: Bearer <token>)', '请先登录');
  const claims = await deps.tokens.verify(match[1], deps.clock.now());
  const user = await deps.users.getUser(claims.hospitalId, claims.userId);
  if (!user) throw new UnauthorizedError('This account no longer exists', '该账号已不存在，请重新登录');
  if (user.retired) throw new UnauthorizedError('This account has been disabled', '该账号已停用');
  // Retirement, unlinking and a phone change raise the user's token version: older sessions end here.
  if (claims.tokenVersion < (user.tokenVersion ?? 0)) throw new UnauthorizedError('This session has been ended; sign in again', '该登录已失效，请重新登录');
  if (claims.kind !== (user.kind ?? 'staff')) throw new UnauthorizedError('The session token is not valid; sign in again', '登录凭证无效，请重新登录');
  if (!can(user, 'call', route)) {
    if (isGuest(user)) throw new ForbiddenError('This is for hospital staff: link your staff account first', '此功能仅限医院职工使用，请先绑定职工账号');
    throw new ForbiddenError(`This needs one of the roles: ${route.roles?.join(', ') ?? 'staff'}`, '您没有执行此操作的权限');
  }
  return user;
}

/**
 * The thin handler: parse and validate against the route's zod schemas → authorize → call the
 * domain → respond. Errors become the contract's error body in one place (errorResponse.ts).
 * Every request leaves one log line and flushes its metrics (observability/requestLog.ts).
 */
export function http<R extends RouteDef>(route: R, fn: (req: Req<R>) => Promise<Res<R>>) {
  const base = middy<Event, APIGatewayProxyStructuredResultV2, Error, Context>().use(httpHeaderNormalizer());
  const withBody = route.consumes
    ? base.use(textBodyParser(route.consumes))
    : route.body
      ? base.use(httpJsonBodyParser({ disableContentTypeError: false }))
      : base;
  const handler = withBody
    .use({
      onError: (request) => {
        request.response = toErrorResponse(request.error, (failure) => noteRequest(request.event, { failure }));
      },
    })
    .handler(async (event) => {
      const shared = await getDeps();
      const user = await authenticate(shared, event, route);
      // Every write of the admin area is an admin change: recorded once here, whichever command makes it.
      const deps = user && route.area === 'admin' && route.method !== 'get' ? auditedDeps(shared, user) : shared;
      if (user) noteRequest(event, { hospitalId: user.hospitalId });
      const req = {
        body: parsePart(route.body, event.body, 'body'),
        query: parsePart(route.query, event.queryStringParameters ?? {}, 'query'),
        params: parsePart(route.params, event.pathParameters ?? {}, 'path'),
        headers: parsePart(route.headers, event.headers ?? {}, 'header'),
        user,
        deps,
        event,
      } as Req<R>;
      const res = await fn(req);
      if ('rawBody' in res) return rawResponse(res.status ?? route.successStatus, res);
      if ((res.status ?? route.successStatus) === 204) return { statusCode: 204, headers: res.headers };
      if (deps.config.isLocal) assertMatchesContract(route, res.body);
      return jsonResponse(res.status ?? route.successStatus, res.body, res.headers);
    });
  return logRequests(route, handler);
}

/** Locally (and so in every test) each answer is checked against the contract: drift fails loudly. */
function assertMatchesContract(route: RouteDef, body: unknown): void {
  const result = z.safeParse(route.response, body);
  if (!result.success) {
    throw new Error(`Response of ${route.name} breaks the contract: ${JSON.stringify(result.error.issues).slice(0, 2000)}`);
  }
}
