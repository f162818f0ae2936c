import type { AdminAsset } from '../../functions/src/contract/admin';
import type { AuditPage } from '../../functions/src/contract/audit';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * Who may keep the registers and read their audit trail. The desk keeps places and devices (and
 * sees their changes); staff records, their CSV and their changes (names, phones) are the admin's
 * only; a technician or a nurse does none of it. Written by hand, not taken from the route table.
 */
let hospital: TestHospital;
const clients: Record<string, ApiClient> = {};

type Attempt = (c: ApiClient, n: number) => Promise<number>;
const csv = { headers: { 'content-type': 'text/csv' } };
const attempts: Record<string, Attempt> = {
  'create a place': async (c, n) => (await c.post('/v1/admin/locations', { id: `SEC-R${n}`, type: 'room', name: `安全 ${n}`, parentId: hospital.floors.upper, roomUse: 'office' })).status,
  'rename a place': async (c) => {
    const current = (await clients.admin!.get<{ items: { id: string; version: number }[] }>('/v1/admin/locations')).body.items.find((l) => l.id === 'SEC-ROOM')!;
    return (await c.put('/v1/admin/locations/SEC-ROOM', { version: current.version, name: '安全室', parentId: hospital.floors.upper, roomUse: 'office' })).status;
  },
  'search the device ledger': async (c) => (await c.get('/v1/admin/assets', { query: { building: hospital.buildingId } })).status,
  'edit a device': async (c) => {
    const current = (await clients.admin!.get<AdminAsset>('/v1/admin/assets/SEC-DEV')).body;
    const { id: _i, retired: _r, qrCode: _q, ...fields } = current;
    return (await c.put('/v1/admin/assets/SEC-DEV', { ...fields, name: `${current.name}+` })).status;
  },
  'import devices': async (c) => (await c.post('/v1/admin/assets/import', 'id,name,type,model,serial,vendor,installDate,warrantyEnd,categoryCode,maintenanceCycleDays,lifeSupport,locationId,qrCode\n', csv)).status,
  'read the changes of places': async (c) => (await c.get('/v1/admin/audit', { query: { kind: 'location' } })).status,
  'read the changes of staff': async (c) => (await c.get('/v1/admin/audit', { query: { kind: 'user' } })).status,
  "read one person's changes": async (c) => (await c.get('/v1/admin/audit', { query: { kind: 'user', recordId: hospital.users.nurse } })).status,
  'list staff': async (c) => (await c.get('/v1/admin/users')).status,
  'export staff': async (c) => (await c.get('/v1/admin/users.csv')).status,
  'import staff': async (c) => (await c.post('/v1/admin/users/import', 'id,name,roles,department,skills,phone,homeBuildingId\nsec-x,某人,reporter,,,,\n', csv)).status,
};

// role → attempt → the status expected, by hand. The device file holds only its header: those allowed in import nothing (200).
const expected: Record<string, Record<string, number>> = {
  admin: { 'create a place': 201, 'rename a place': 200, 'search the device ledger': 200, 'edit a device': 200, 'import devices': 200, 'read the changes of places': 200, 'read the changes of staff': 200, "read one person's changes": 200, 'list staff': 200, 'export staff': 200, 'import staff': 200 },
  dispatcher: { 'create a place': 201, 'rename a place': 200, 'search the device ledger': 200, 'edit a device': 200, 'import devices': 200, 'read the changes of places': 200, 'read the changes of staff': 403, "read one person's changes": 403, 'list staff': 403, 'export staff': 403, 'import staff': 403 },
  electrician: { 'create a place': 403, 'rename a place': 403, 'search the device ledger': 403, 'edit a device': 403, 'import devices': 403, 'read the changes of places': 403, 'read the changes of staff': 403, "read one person's changes": 403, 'list staff': 403, 'export staff': 403, 'import staff': 403 },
  nurse: { 'create a place': 403, 'rename a place': 403, 'search the device ledger': 403, 'edit a device': 403, 'import devices': 403, 'read the changes of places': 403, 'read the changes of staff': 403, "read one person's changes": 403, 'list staff': 403, 'export staff': 403, 'import staff': 403 },
};

beforeAll(async () => {
  hospital = await createTestHospital();
  for (const role of Object.keys(expected)) clients[role] = await api.as(hospital.hospitalId, hospital.users[role as keyof typeof hospital.users]);
  const admin = clients.admin!;
  expect((await admin.post('/v1/admin/locations', { id: 'SEC-ROOM', type: 'room', name: '安全', parentId: hospital.floors.upper, roomUse: 'office' })).status).toBe(201);
  const device = { id: 'SEC-DEV', name: '监护仪', type: 'monitor', model: null, serial: null, vendor: null, installDate: null, warrantyEnd: null, categoryCode: 'medical_equipment', maintenanceCycleDays: null, lifeSupport: false, locationId: 'SEC-ROOM' };
  expect((await admin.post('/v1/admin/assets', device)).status).toBe(201);
  // A change of a staff record, so that its entry exists to be refused.
  expect((await admin.post(`/v1/admin/users/${hospital.users.nurse}/invite`)).status).toBe(201);
});

const cases = Object.entries(expected).flatMap(([role, byAttempt]) => Object.entries(byAttempt).map(([attempt, status], n) => [role, attempt, status, n] as const));

describe('the registers and their audit trail', () => {
  it.each(cases)('%s: %s → %i', async (role, attempt, status, n) => {
    expect(await attempts[attempt]!(clients[role]!, n + Object.keys(expected).indexOf(role) * 100)).toBe(status);
  });

  it("never shows the desk a staff record's change in the whole list", async () => {
    const list = await clients.dispatcher!.get<AuditPage>('/v1/admin/audit', { query: { limit: 50 } });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.filter((e) => e.kind === 'user')).toEqual([]);
    const adminList = await clients.admin!.get<AuditPage>('/v1/admin/audit', { query: { kind: 'user' } });
    expect(adminList.body.items.map((e) => e.recordId)).toContain(hospital.users.nurse);
  });
});
