import type { AdminLocation, QrLabelsPreview } from '../../functions/src/contract/admin';
import type { ErrorBody } from '../../functions/src/contract/common';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * Who may print and preview QR labels, of which hospital, and how much at once. Expected
 * outcomes are written here by hand, not taken from the route table's roles.
 */
let a: TestHospital;
let b: TestHospital;
const clients: Record<string, ApiClient> = {};

beforeAll(async () => {
  [a, b] = await Promise.all([createTestHospital(), createTestHospital()]);
  const as = (h: TestHospital, id: string) => api.as(h.hospitalId, id);
  [clients.admin, clients.desk, clients.nurse, clients.technician, clients.manager, clients.otherAdmin] = await Promise.all([
    as(a, a.users.admin),
    as(a, a.users.dispatcher),
    as(a, a.users.nurse),
    as(a, a.users.electrician),
    as(a, a.users.manager),
    as(b, b.users.admin),
  ]);
  // A room only hospital A has, by a name nobody else uses.
  const created = await clients.admin!.post<AdminLocation>('/v1/admin/locations', { id: 'T1-0277', type: 'room', name: '标签隔离测试室', parentId: a.floors.upper, roomUse: 'office' });
  expect(created.status).toBe(201);
});

describe('printing QR labels', () => {
  // who, path, expected status
  const rows: [string, string, number][] = [
    ['admin', '/v1/admin/qr-labels?building=T1&kind=rooms', 200],
    ['desk', '/v1/admin/qr-labels?building=T1&kind=rooms', 200],
    ['nurse', '/v1/admin/qr-labels?building=T1&kind=rooms', 403],
    ['technician', '/v1/admin/qr-labels?building=T1&kind=rooms', 403],
    ['manager', '/v1/admin/qr-labels?building=T1&kind=rooms', 403],
    ['admin', '/v1/admin/qr-labels/preview?building=T1', 200],
    ['desk', '/v1/admin/qr-labels/preview', 200],
    ['nurse', '/v1/admin/qr-labels/preview?building=T1', 403],
    ['technician', '/v1/admin/qr-labels/preview', 403],
    ['manager', '/v1/admin/qr-labels/preview', 403],
  ];
  it.each(rows)('answers %s on %s with %i', async (who, path, status) => {
    expect((await clients[who]!.get(path)).status).toBe(status);
  });

  it("never lists or prints another hospital's labels, with or without a building", async () => {
    const own = await clients.admin!.get<QrLabelsPreview>('/v1/admin/qr-labels/preview');
    expect(own.body.items.map((l) => l.code)).toContain('R-T1-0277');
    const other = await clients.otherAdmin!.get<QrLabelsPreview>('/v1/admin/qr-labels/preview');
    expect(other.status).toBe(200);
    expect(other.body.items.map((l) => l.code)).not.toContain('R-T1-0277');
    expect(JSON.stringify(other.body)).not.toContain('标签隔离测试室');
    expect((await clients.otherAdmin!.get('/v1/admin/qr-labels/preview?codes=R-T1-0277')).status).toBe(404);
    expect((await clients.otherAdmin!.get('/v1/admin/qr-labels?codes=R-T1-0277')).status).toBe(404);
  });

  // what, expected status, query: every input is bounded
  const bounds: [string, number, string][] = [
    ['page 0', 400, 'page=0'],
    ['a page beyond any hospital', 400, 'page=1001'],
    ['a page beyond the labels', 400, 'page=2'],
    ['a page that is no number', 400, 'page=abc'],
    ['101 codes', 400, `codes=${Array.from({ length: 101 }, (_, i) => `R-T1-${String(i).padStart(4, '0')}`).join(',')}`],
    ['an empty code in the list', 400, 'codes=R-T1-0201,,R-T1-0202'],
    ['a code that is no id', 400, 'codes=R-T1-0201;drop'],
    ['an unknown floor', 404, 'floors=T1-F01,NOPE'],
    ['a building id of 65 characters', 400, `building=${'B'.repeat(65)}`],
    ['an unknown kind', 400, 'kind=everything'],
  ];
  it.each(bounds)('answers the preview of %s with %i, in both languages', async (_what, status, query) => {
    const res = await clients.admin!.get<ErrorBody>(`/v1/admin/qr-labels/preview?${query}`);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(/\S/);
    expect(res.body.error.messageZh).toMatch(/\S/);
  });
});
