import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding, serveStatic } from './staticFiles';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A small build: index.html, one hashed script of ~20 KB, one tiny hashed stylesheet. */
const script = `console.log(${JSON.stringify('一站式报修 '.repeat(2000))});\n`;
const indexHtml = '<!doctype html><html><head><script defer src="/js/app.1a2b3c4d.js"></script></head><body><div id="app"></div></body></html>';

describe('the local server of the H5 build', () => {
  let root: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    // The build is a subfolder, so ../outside.txt is a real file outside it.
    root = mkdtempSync(join(tmpdir(), 'hfr-static-'));
    const site = join(root, 'site');
    mkdirSync(join(site, 'js'), { recursive: true });
    mkdirSync(join(site, 'css'));
    writeFileSync(join(site, 'index.html'), indexHtml);
    writeFileSync(join(site, 'js', 'app.1a2b3c4d.js'), script);
    writeFileSync(join(site, 'css', 'app.0f0f0f0f0f0f.css'), 'a{color:red}');
    writeFileSync(join(root, 'outside.txt'), 'secret');
    server = createServer((req, res) => {
      void serveStatic(site, req.url ?? '/', req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends a script brotli-compressed to a browser that accepts brotli, and it decodes to the file', async () => {
    const answer = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(script);
  });

  it('sends gzip to a client without brotli, and the plain file to one that accepts no encoding', async () => {
    const gzipped = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(script);

    const plain = await get('/js/app.1a2b3c4d.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(script)));
  });

  it('caches hashed files for a year and makes the browser ask again for index.html', async () => {
    expect((await get('/js/app.1a2b3c4d.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/css/app.0f0f0f0f0f0f.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/index.html')).headers['cache-control']).toBe('no-cache');
  });

  it('answers 304 when the browser already has this version of index.html', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/', { 'accept-encoding': 'br', 'if-none-match': '"someone-else"' })).status).toBe(200);
  });

  it('sends the security headers with every answer, a missing file included', async () => {
    for (const path of ['/', '/js/app.1a2b3c4d.js', '/js/missing.js']) {
      const { headers } = await get(path);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    }
  });

  it('gives index.html for a deep link, 404 for a missing asset, and nothing outside the build', async () => {
    const deep = await get('/pages/report/index');
    expect(deep.status).toBe(200);
    expect(deep.body.toString('utf8')).toBe(indexHtml);
    expect((await get('/js/missing.js')).status).toBe(404);
    const escape = await get('/..%2Foutside.txt');
    expect(escape.status).toBe(404);
    expect(escape.body.toString('utf8')).not.toContain('secret');
  });
});

describe('choosing an encoding from Accept-Encoding', () => {
  it('prefers brotli, then gzip, and honours a refusal by q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});
