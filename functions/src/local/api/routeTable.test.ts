import type { RouteDef } from '../../contract/route';
import { RouteTable } from './routeTable';

const route = (name: string, method: RouteDef['method'], path: string) => ({ name, method, path }) as unknown as RouteDef;

describe('the local route table', () => {
  const table = new RouteTable([
    route('listTickets', 'get', '/v1/tickets'),
    route('createTicket', 'post', '/v1/tickets'),
    route('getTicket', 'get', '/v1/tickets/{id}'),
    route('myTickets', 'get', '/v1/tickets/mine'),
    route('getFile', 'get', '/v1/files/{key+}'),
  ]);

  it('matches by method and path and decodes path parameters', () => {
    const found = table.match('GET', '/v1/tickets/BX%2D1');
    expect(found).toMatchObject({ kind: 'match', route: { name: 'getTicket' }, pathParameters: { id: 'BX-1' } });
  });

  it('prefers a literal segment over a parameter', () => {
    expect(table.match('GET', '/v1/tickets/mine')).toMatchObject({ kind: 'match', route: { name: 'myTickets' } });
  });

  it('lets a greedy parameter span several segments', () => {
    expect(table.match('GET', '/v1/files/a/b/c.jpg')).toMatchObject({ kind: 'match', pathParameters: { key: 'a/b/c.jpg' } });
  });

  it('tells a wrong method apart from an unknown path', () => {
    expect(table.match('DELETE', '/v1/tickets')).toEqual({ kind: 'method_not_allowed', allowed: ['GET', 'POST'] });
    expect(table.match('GET', '/v1/nothing')).toEqual({ kind: 'not_found' });
    expect(table.match('GET', '/v1/tickets/a/b')).toEqual({ kind: 'not_found' });
  });

  it('routes every route of the contract to itself', () => {
    const real = new RouteTable();
    expect(real.match('POST', '/v1/auth/dev-login')).toMatchObject({ kind: 'match', route: { name: 'devLogin' } });
    expect(real.match('GET', '/v1/qr/R-B5-0312')).toMatchObject({ kind: 'match', route: { name: 'lookupQr' }, pathParameters: { code: 'R-B5-0312' } });
  });
});
