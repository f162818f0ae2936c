import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { securityHeaders } from './securityHeaders';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text formats gain from compression; images and fonts are compressed already. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.ttf']);
/** Below this, the encoding costs more than it saves (CloudFront's own threshold is 1,000 bytes). */
const minCompressBytes = 1000;

/** The build names files `name.<8+ hex digits>.ext` (miniapp/config/index.js, h5.output): their content never changes. */
const hashedName = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;
export const immutableCacheControl = 'public, max-age=31536000, immutable';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gzip';

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  etag: string;
  /** Compressed once, on first demand, off the event loop (zlib's thread pool), then kept. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

/** The whole H5 build is a few MB: files are read and compressed once per build (a new mtime invalidates). */
const cache = new Map<string, CachedFile>();

function cachedFile(path: string): CachedFile {
  const stat = statSync(path);
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit;
  const body = readFileSync(path);
  const entry: CachedFile = { mtimeMs: stat.mtimeMs, size: stat.size, body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`, encoded: {} };
  cache.set(path, entry);
  return entry;
}

/** Brotli's best (11) takes ~4 ms per KB here, too slow to wait for; 5 takes a tenth of it for ~10 % more bytes. */
const brotliQuickQuality = 5;
const brotliBestQuality = 11;

function brotliAt(body: Buffer, quality: number): Promise<Buffer> {
  return brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length, [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT } });
}

/**
 * The first request of a file gets a quick brotli; the best one is made meanwhile and serves
 * every later request (what a build step precompressing at quality 11 would give, without one).
 */
function encode(file: CachedFile, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return (file.encoded.gzip ??= gzipAsync(file.body, { level: 9 }));
  if (!file.encoded.br) {
    file.encoded.br = brotliAt(file.body, brotliQuickQuality);
    const best = brotliAt(file.body, brotliBestQuality);
    best.then(
      () => (file.encoded.br = best),
      () => undefined,
    );
  }
  return file.encoded.br;
}

/**
 * The best encoding the client accepts: brotli, then gzip, else none. Follows Accept-Encoding's
 * q-values far enough that `br;q=0` or `gzip;q=0` refuse it, and `*` accepts both.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weightOf('br') > 0) return 'br';
  if (weightOf('gzip') > 0) return 'gzip';
  return null;
}

function localOrigins(): { photos?: string } {
  // The local stack sets S3_ENDPOINT before the server starts: the presigned photo URLs point there.
  const endpoint = process.env.S3_ENDPOINT;
  return endpoint ? { photos: new URL(endpoint).origin } : {};
}

/** The H5 pages' headers here, for every answer on a page path (a file, a missing one, or no build at all). */
export const localPageHeaders = () => securityHeaders(localOrigins());

function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = urlPath;
  }
  // normalize + prefix check keeps ../ from reaching outside the build folder.
  const candidate = normalize(join(root, decoded));
  const inside = candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
  if (inside && isFile(candidate)) return candidate;
  if (inside && isFile(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  // Paths without an extension that match no file get index.html, so the client-side router can
  // handle deep links (/pages/report/index?scene=…).
  if (extname(decoded) === '') return join(root, 'index.html');
  return null;
}

/**
 * Serves the H5 build as CloudFront does (infra/h5.yml): brotli or gzip as the client accepts,
 * hashed assets cached for a year, index.html revalidated every time (ETag → 304), and the
 * security headers. Resolves false when there is no build to serve.
 */
export async function serveStatic(root: string, urlPath: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  const security = localPageHeaders();
  const path = resolveFile(root, urlPath);
  if (!path) {
    response.writeHead(404, { ...security, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return true;
  }
  const file = cachedFile(path);
  const ext = extname(path).toLowerCase();
  const canCompress = compressible.has(ext) && file.size >= minCompressBytes;
  const encoding = canCompress ? negotiateEncoding(header(request, 'accept-encoding')) : null;
  // Weak for an encoding: the quick and the best brotli of one file differ in bytes, not in meaning.
  const etag = encoding ? `W/${file.etag.slice(0, -1)}-${encoding}"` : file.etag;
  const headers: Record<string, string> = {
    ...security,
    'content-type': contentTypes[ext] ?? 'application/octet-stream',
    // Hashed assets never change; the HTML must be asked for again, or a rebuild is not picked up.
    'cache-control': hashedName.test(path) ? immutableCacheControl : 'no-cache',
    etag,
    ...(canCompress ? { vary: 'Accept-Encoding' } : {}),
  };
  if (matchesEtag(header(request, 'if-none-match'), etag)) {
    response.writeHead(304, headers).end();
    return true;
  }
  const body = encoding ? await encode(file, encoding) : file.body;
  response.writeHead(200, { ...headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': String(body.length) });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2). */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
