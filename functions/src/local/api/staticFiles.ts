import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

/**
 * Serves the H5 build. Paths without a file extension that match no file get index.html, so
 * the client-side router can handle deep links (/pages/report/index?scene=…).
 * Returns false when there is no build to serve.
 */
export function serveStatic(root: string, urlPath: string, response: ServerResponse, headOnly: boolean): boolean {
  if (!existsSync(join(root, 'index.html'))) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = urlPath;
  }
  // normalize + prefix check keeps ../ from reaching outside the build folder.
  const candidate = normalize(join(root, decoded));
  const inside = candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
  let file = inside && isFile(candidate) ? candidate : null;
  if (!file && inside && isFile(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
  if (!file && extname(decoded) === '') file = join(root, 'index.html');
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return true;
  }
  const isHtml = file.endsWith('.html');
  response.writeHead(200, {
    'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(statSync(file).size),
    // Hashed assets may be cached; the HTML must not be, or a rebuild is not picked up.
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=300',
  });
  if (headOnly) response.end();
  else createReadStream(file).pipe(response);
  return true;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
