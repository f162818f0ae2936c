import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../serverLifecycle';
import { checkPostUpload } from './checkPostUpload';
import { parseMultipartPost } from './multipartForm';
import { s3ErrorXml, type S3ErrorAnswer } from './s3Errors';

export interface S3PostPolicyProxyOptions {
  /** The S3 stand-in behind (s3rver), e.g. http://127.0.0.1:4568. */
  upstream: string;
  /** 0 = any free port. */
  port: number;
  /** S3's clock, which judges the policy's expiration. */
  now: () => Date;
  secretOf: (accessKeyId: string) => string | undefined;
  /** The origins the bucket's CORS rule allows: the proxy's own error answers carry the same Access-Control-Allow-Origin. */
  corsAllowedOrigins?: readonly string[];
  /** A POST body larger than this is refused unread (S3's own limit is 5 GB; this stand-in buffers). */
  maxBodyBytes?: number;
}

export interface S3PostPolicyProxy {
  endpoint: string;
  stop(): Promise<void>;
}

/** A browser-based upload: POST of multipart/form-data to the bucket itself (path style), no subresource. */
function isPostUpload(request: IncomingMessage): { bucket: string } | null {
  const [path, query] = (request.url ?? '/').split('?');
  const match = /^\/([^/]+)\/?$/.exec(path ?? '');
  const multipart = (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
  return request.method === 'POST' && match && !query && multipart ? { bucket: decodeURIComponent(match[1]!) } : null;
}

function readBodyUpTo(request: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= maxBytes ? Buffer.concat(chunks) : null));
    request.on('error', reject);
  });
}

/**
 * S3's POST-policy enforcement in front of s3rver, which stores POST uploads without looking at
 * their policy. A browser-based upload is parsed and judged as S3 judges it (signature, expiry,
 * conditions, size) and refused with S3's status and XML error; an upload S3 would accept, and
 * every other request, goes to s3rver unchanged. No rule of the product lives here, only S3's.
 */
/**
 * s3rver answers a preflight its CORS rule allows with `Access-Control-Allow-Origin: *`; S3 names
 * the origin when the rule names it.
 */
function asS3AnswersCors(headers: IncomingHttpHeaders, origin: string | undefined, allowed: readonly string[] = []): IncomingHttpHeaders {
  return origin && allowed.includes(origin) && headers['access-control-allow-origin'] === '*' ? { ...headers, 'access-control-allow-origin': origin } : headers;
}

export async function startS3PostPolicyProxy(options: S3PostPolicyProxyOptions): Promise<S3PostPolicyProxy> {
  const upstream = new URL(options.upstream);
  const maxBodyBytes = options.maxBodyBytes ?? 100 * 1024 * 1024;

  const forward = (request: IncomingMessage, response: ServerResponse, body?: Buffer) => {
    const outgoing = httpRequest({ hostname: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, asS3AnswersCors(answer.headers, request.headers.origin, options.corsAllowedOrigins));
      answer.pipe(response);
    });
    outgoing.on('error', () => refuse(request, response, { status: 500, code: 'InternalError', message: 'We encountered an internal error. Please try again.' }));
    if (body) outgoing.end(body);
    else request.pipe(outgoing);
  };

  const refuse = (request: IncomingMessage, response: ServerResponse, error: S3ErrorAnswer) => {
    if (response.headersSent) return void response.destroy();
    const origin = request.headers.origin;
    const allowed = origin && options.corsAllowedOrigins?.includes(origin);
    const cors = allowed ? { 'access-control-allow-origin': origin, vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method' } : {};
    response.writeHead(error.status, { 'content-type': 'application/xml', ...cors }).end(s3ErrorXml(error));
  };

  async function handleUpload(request: IncomingMessage, response: ServerResponse, bucket: string): Promise<void> {
    const body = await readBodyUpTo(request, maxBodyBytes);
    if (!body) return refuse(request, response, { status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size', details: { MaxSizeAllowed: maxBodyBytes } });
    const form = await parseMultipartPost(request.headers, body).catch(() => null);
    if (!form) return refuse(request, response, { status: 400, code: 'MalformedPOSTRequest', message: 'The body of your POST request is not well-formed multipart/form-data.' });
    if (form.fileSize === null) return refuse(request, response, { status: 400, code: 'InvalidArgument', message: 'POST requires exactly one file upload per request.', details: { ArgumentName: 'file', ArgumentValue: 0 } });
    const refusal = checkPostUpload({ bucket, fields: form.fields, fileSize: form.fileSize }, { now: options.now(), secretOf: options.secretOf });
    if (refusal) return refuse(request, response, refusal);
    forward(request, response, body);
  }

  const server = createServer((request, response) => {
    const upload = isPostUpload(request);
    if (!upload) return forward(request, response);
    handleUpload(request, response, upload.bucket).catch(() => refuse(request, response, { status: 500, code: 'InternalError', message: 'We encountered an internal error. Please try again.' }));
  });
  const listening = await listenOnLoopback(server, options.port);
  return { endpoint: `http://127.0.0.1:${listening.port}`, stop: listening.stop };
}
