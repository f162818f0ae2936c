import { toGatewayEvent, type IncomingRequest } from './gatewayEvent';

const base: IncomingRequest = {
  method: 'post',
  url: '/v1/tickets/T1?limit=5&tag=a&tag=b',
  rawHeaders: ['Host', 'localhost:3000', 'Content-Type', 'application/json', 'Cookie', 'a=1; b=2', 'X-Multi', 'one', 'x-multi', 'two'],
  body: Buffer.from('{"x":1}'),
  sourceIp: '127.0.0.1',
  requestId: 'req-1',
  now: new Date('2026-11-23T06:05:04Z'),
};

describe('the API Gateway event built from a local request', () => {
  const event = toGatewayEvent(base, { routeKey: 'POST /v1/tickets/{id}', pathParameters: { id: 'T1' } });

  it('carries path, query and route like an HTTP API payload 2.0', () => {
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /v1/tickets/{id}',
      rawPath: '/v1/tickets/T1',
      rawQueryString: 'limit=5&tag=a&tag=b',
      queryStringParameters: { limit: '5', tag: 'a,b' },
      pathParameters: { id: 'T1' },
      requestContext: { http: { method: 'POST', path: '/v1/tickets/T1', sourceIp: '127.0.0.1' }, requestId: 'req-1', time: '23/Nov/2026:06:05:04 +0000' },
    });
  });

  it('lower-cases header names, joins repeats and moves cookies out of the headers', () => {
    expect(event.headers).toEqual({ host: 'localhost:3000', 'content-type': 'application/json', 'x-multi': 'one,two' });
    expect(event.cookies).toEqual(['a=1', 'b=2']);
  });

  it('passes a JSON body as text and a binary body base64-encoded', () => {
    expect(event.body).toBe('{"x":1}');
    expect(event.isBase64Encoded).toBe(false);
    const binary = toGatewayEvent({ ...base, rawHeaders: ['Content-Type', 'image/jpeg'], body: Buffer.from([0xff, 0xd8]) }, { routeKey: '$default', pathParameters: undefined });
    expect(binary).toMatchObject({ body: '/9g=', isBase64Encoded: true });
  });

  it('leaves out what the request does not have', () => {
    const bare = toGatewayEvent({ ...base, url: '/v1/me', rawHeaders: [], body: Buffer.alloc(0) }, { routeKey: 'GET /v1/me', pathParameters: {} });
    expect(bare).not.toHaveProperty('body');
    expect(bare).not.toHaveProperty('queryStringParameters');
    expect(bare).not.toHaveProperty('pathParameters');
    expect(bare).not.toHaveProperty('cookies');
    expect(bare.rawQueryString).toBe('');
  });
});
