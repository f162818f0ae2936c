import type { IncomingMessage } from 'node:http';
import { corsHeaders, preflightHeaders } from './cors';

const request = (origin: string | undefined, method = 'GET') =>
  ({ method, headers: { ...(origin ? { origin } : {}), 'access-control-request-method': 'POST' } }) as unknown as IncomingMessage;

describe('the local gateway\'s CORS', () => {
  const before = process.env.H5_ORIGINS;
  beforeAll(() => {
    process.env.H5_ORIGINS = 'http://127.0.0.1:3100,http://localhost:3100';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.H5_ORIGINS;
    else process.env.H5_ORIGINS = before;
  });

  // Written by hand: the Origin a browser sends, and the Access-Control-Allow-Origin it must get.
  const cases: [origin: string | undefined, allowed: string | undefined][] = [
    ['http://127.0.0.1:3100', 'http://127.0.0.1:3100'],
    ['http://localhost:3100', 'http://localhost:3100'],
    ['http://localhost:3000', undefined],
    ['https://evil.example', undefined],
    ['null', undefined],
    [undefined, undefined],
  ];
  it.each(cases)('answers the origin %s with %s', (origin, allowed) => {
    expect(corsHeaders(request(origin))['access-control-allow-origin']).toBe(allowed);
    expect(preflightHeaders(request(origin, 'OPTIONS'))['access-control-allow-origin']).toBe(allowed);
  });

  it('never answers with a wildcard, and says the answer varies by origin', () => {
    expect(corsHeaders(request('http://localhost:3100'))).toMatchObject({ vary: 'origin' });
    expect(JSON.stringify(preflightHeaders(request('http://localhost:3100', 'OPTIONS')))).not.toContain('"*"');
  });
});
