import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * CORS as API Gateway's HTTP API CORS configuration answers it: the gateway itself replies to
 * preflights and adds the allow-origin header to responses, so handlers need not. The rules are
 * read from infra/cors.yml, the file serverless.yml deploys, so local and cloud cannot differ.
 */
interface CorsConfig {
  allowedOrigins: string[];
  allowedHeaders: string[];
  allowedMethods: string[];
  exposedResponseHeaders: string[];
  maxAge: number;
}

let cached: CorsConfig | undefined;
function config(): CorsConfig {
  cached ??= parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'infra', 'cors.yml'), 'utf8')) as CorsConfig;
  return cached;
}

export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && typeof request.headers.origin === 'string' && typeof request.headers['access-control-request-method'] === 'string';
}

/** The cloud's origin parameter in infra/cors.yml; locally it stands for the stack's own origins (H5_ORIGINS, set by localStack.ts). */
export const APP_ORIGIN_VARIABLE = '${self:custom.h5Origin}';

function allowedOrigins(): string[] {
  const local = (process.env.H5_ORIGINS ?? '').split(',').filter(Boolean);
  return config().allowedOrigins.flatMap((o) => (o === APP_ORIGIN_VARIABLE ? local : [o]));
}

/** The allow-origin value for this request's Origin (never `*`), or null when the origin is not allowed. */
function allowOrigin(request: IncomingMessage): string | null {
  const origin = request.headers.origin;
  return origin && allowedOrigins().includes(origin) ? origin : null;
}

export function preflightHeaders(request: IncomingMessage): Record<string, string> {
  const origin = allowOrigin(request);
  // Like API Gateway: a preflight from an origin that is not allowed gets no CORS headers, so the browser refuses.
  if (!origin) return {};
  const { allowedHeaders, allowedMethods, maxAge } = config();
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': allowedMethods.join(','),
    'access-control-allow-headers': allowedHeaders.join(','),
    'access-control-max-age': String(maxAge),
    vary: 'origin',
  };
}

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = allowOrigin(request);
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': config().exposedResponseHeaders.join(','),
    vary: 'origin',
  };
}
