import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { defineRoute } from '../contract/route';
import { logLinesOf } from '../observability/testing/logLines';
import { http } from './httpHandler';

// What the deps need to build (no call leaves the process: the route below is public and touches nothing).
Object.assign(process.env, { TABLE_NAME: 'hfr-test', SESSION_SECRET: 'x'.repeat(32), WECHAT_APP_ID: 'wx-test', PHOTO_BUCKET: 'photos-test', LABEL_BASE_URL: 'https://repair.test-hospital.cn' });

const reportRoute = defineRoute({
  name: 'reportSomething',
  method: 'post',
  path: '/v1/tickets/{id}/note',
  summary: 'test route',
  tag: 'test',
  area: 'reporting',
  auth: 'public',
  params: z.object({ id: z.string() }),
  body: z.object({ reporterName: z.string(), phone: z.string().check(z.regex(/^1\d{10}$/)), description: z.string() }),
  response: z.object({ ok: z.boolean() }),
  successStatus: 200,
  errors: [],
});

const personal = { reporterName: '李小红', phone: '13912345678', description: '心内科3床呼叫器坏了', openid: 'oPENID-secret-123', token: 'eyJhbGciOi.secret' };

function request(body: unknown): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /v1/tickets/{id}/note',
    rawPath: '/v1/tickets/T-42/note',
    rawQueryString: `openid=${personal.openid}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${personal.token}`, 'x-phone': personal.phone },
    queryStringParameters: { openid: personal.openid },
    pathParameters: { id: 'T-42' },
    requestContext: { requestId: 'req-abc-123', http: { method: 'POST', path: '/v1/tickets/T-42/note' } },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}
const context = { awsRequestId: 'lambda-req-9' } as Context;


describe('the HTTP wrapper\'s log', () => {
  it('writes one line per request with the correlation id, route, status and ticket id, and nothing personal', async () => {
    const handler = http(reportRoute, async () => ({ body: { ok: true } }));
    let result: APIGatewayProxyStructuredResultV2 | undefined;
    const lines = await logLinesOf(async () => {
      result = await handler(request({ reporterName: personal.reporterName, phone: personal.phone, description: personal.description }) as never, context);
    });
    expect(result?.statusCode).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'INFO', message: 'request', correlation_id: 'req-abc-123', route: 'reportSomething', method: 'POST', status: 200, ticketId: 'T-42', service: 'fault-reporting' });
    expect(typeof lines[0]?.durationMs).toBe('number');
    const text = JSON.stringify(lines);
    for (const secret of Object.values(personal)) expect(text).not.toContain(secret);
  });

  it('logs a refused request (400) with its status, still without the body\'s name or phone', async () => {
    const handler = http(reportRoute, async () => ({ body: { ok: true } }));
    const lines = await logLinesOf(() => handler(request({ reporterName: personal.reporterName, phone: 'not-a-phone-13912345678', description: personal.description }) as never, context));
    expect(lines.map((l) => [l.level, l.status, l.correlation_id])).toEqual([['INFO', 400, 'req-abc-123']]);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(personal.reporterName);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain(personal.description);
  });

  it('logs an unexpected failure at error level with its kind, and answers a bare 500', async () => {
    const handler = http(reportRoute, async () => {
      throw new TypeError('boom in the handler');
    });
    let result: APIGatewayProxyStructuredResultV2 | undefined;
    const lines = await logLinesOf(async () => {
      result = await handler(request({ reporterName: personal.reporterName, phone: personal.phone, description: personal.description }) as never, context);
    });
    expect(result?.statusCode).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'ERROR', message: 'request failed', status: 500, correlation_id: 'req-abc-123', error: { name: 'TypeError', message: 'boom in the handler' } });
    expect(JSON.stringify(lines)).not.toContain(personal.phone);
  });
});
