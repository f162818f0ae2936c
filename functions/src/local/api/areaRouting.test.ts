import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { startApiServer, type ApiServer } from '../httpServer';
import type { HandlerLoader } from './handlers';

/**
 * The local HTTP server sends a request to its route's area function, as API Gateway's
 * integration does, with the payload-2.0 route key the area function dispatches on.
 */
describe('the local API routes each request to its area function', () => {
  const calls: { functionName: string; routeKey: string; pathParameters: unknown; contextName: string }[] = [];
  const loadHandler: HandlerLoader = async (functionName) => async (event: APIGatewayProxyEventV2, context) => {
    calls.push({ functionName, routeKey: event.routeKey, pathParameters: event.pathParameters, contextName: context.functionName });
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
  };
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer({ port: 0, loadHandler });
  });
  afterAll(() => server.stop());
  beforeEach(() => (calls.length = 0));

  it.each([
    ['POST', '/v1/tickets/T-1/assign', 'ticketCommands', 'POST /v1/tickets/{id}/assign', { id: 'T-1' }],
    ['GET', '/v1/tickets/T-1', 'reporting', 'GET /v1/tickets/{id}', { id: 'T-1' }],
    ['GET', '/v1/me', 'auth', 'GET /v1/me', undefined],
    ['GET', '/v1/admin/qr-labels?building=B5', 'labels', 'GET /v1/admin/qr-labels', undefined],
    ['GET', '/v1/reports/monthly?month=2026-11', 'exports', 'GET /v1/reports/monthly', undefined],
    ['PUT', '/v1/admin/users/u-1', 'admin', 'PUT /v1/admin/users/{id}', { id: 'u-1' }],
  ])('%s %s → the %s function with route key %s', async (method, path, functionName, routeKey, pathParameters) => {
    const res = await fetch(new URL(path, server.url), { method, ...(method === 'GET' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }) });
    expect(res.status).toBe(200);
    expect(calls).toEqual([{ functionName, routeKey, pathParameters, contextName: functionName }]);
  });

  it('calls no function for a path the contract does not know', async () => {
    const res = await fetch(new URL('/v1/nothing', server.url));
    expect(res.status).toBe(404);
    expect(calls).toEqual([]);
  });
});
