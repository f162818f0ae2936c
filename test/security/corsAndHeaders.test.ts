import { stackEnv } from '../support/env';

/** The H5 app is served by the stack itself: its origin is the API's. */
const appOrigin = () => new URL(stackEnv('API_URL')).origin;
const localhostTwin = () => appOrigin().replace('127.0.0.1', 'localhost');

function preflight(url: URL, origin: string, method = 'POST'): Promise<Response> {
  return fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' } });
}

describe('CORS: only the app\'s own origins', () => {
  // Written by hand: the Origin a page sends, and whether the browser may read the answer.
  const origins: [who: string, origin: () => string, allowed: boolean][] = [
    ['the app itself', appOrigin, true],
    ['the app opened as localhost', localhostTwin, true],
    ['a look-alike on another port', () => appOrigin().replace(/:\d+$/, ':3999'), false],
    ['another site', () => 'https://evil.example', false],
    ['a sandboxed frame (null)', () => 'null', false],
  ];

  it.each(origins)('the API answers %s accordingly, preflight and request alike', async (_who, origin, allowed) => {
    const expected = allowed ? origin() : null;
    const pre = await preflight(new URL('/v1/tickets', stackEnv('API_URL')), origin());
    expect(pre.headers.get('access-control-allow-origin')).toBe(expected);
    const res = await fetch(new URL('/v1/categories', stackEnv('API_URL')), { headers: { origin: origin() } });
    expect(res.headers.get('access-control-allow-origin')).toBe(expected);
  });

  it.each(origins)('the photo bucket answers %s accordingly', async (_who, origin, allowed) => {
    const bucket = new URL(`${stackEnv('S3_URL')}/${stackEnv('PHOTO_BUCKET')}`);
    const pre = await preflight(bucket, origin());
    expect(pre.headers.get('access-control-allow-origin')).toBe(allowed ? origin() : null);
  });
});

describe('the H5 pages\' security headers', () => {
  // Written by hand: each header and what it must say (HSTS is sent locally too: browsers ignore it over http).
  const headers: [name: string, expected: RegExp][] = [
    ['content-security-policy', /default-src 'self'.*script-src 'self';.*object-src 'none'.*frame-ancestors 'none'/],
    ['x-content-type-options', /^nosniff$/],
    ['x-frame-options', /^DENY$/],
    ['referrer-policy', /^strict-origin-when-cross-origin$/],
    ['strict-transport-security', /^max-age=\d{8,}; includeSubDomains$/],
  ];
  it.each(headers)('every page path (the app, index.html, a missing file) answers with %s', async (name, expected) => {
    for (const path of ['/', '/index.html', '/no-such-page.js']) {
      const res = await fetch(new URL(path, stackEnv('API_URL')));
      expect({ path, value: res.headers.get(name) }).toEqual({ path, value: expect.stringMatching(expected) });
    }
  });

  it('lets the CSP connect only to the app, blob: and the photo bucket, never anywhere', async () => {
    const csp = (await fetch(new URL('/', stackEnv('API_URL')))).headers.get('content-security-policy') ?? '';
    const connect = /connect-src ([^;]+)/.exec(csp)?.[1]?.split(' ');
    expect(connect).toEqual(["'self'", 'blob:', new URL(stackEnv('S3_URL')).origin]);
    expect(csp).not.toMatch(/\*|unsafe-eval/);
  });
});
