import type { AdminAsset, AdminAssetPage, ImportResult } from '../../functions/src/contract/admin';
import type { AuditPage } from '../../functions/src/contract/audit';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { QrLookup } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

let hospital: TestHospital;
let admin: ApiClient;
let desk: ApiClient;

const device = (id: string, locationId: string, over: Partial<AdminAsset> = {}) => ({
  id,
  name: `设备 ${id}`,
  type: 'infusion_pump',
  model: 'Space',
  serial: `SN-${id}`,
  vendor: 'B. Braun',
  installDate: '2023-05-01',
  warrantyEnd: null,
  categoryCode: 'medical_equipment',
  maintenanceCycleDays: null,
  lifeSupport: false,
  locationId,
  ...over,
});
const ids = (page: AdminAssetPage) => page.items.map((a) => a.id).sort();

beforeAll(async () => {
  hospital = await createTestHospital();
  [admin, desk] = await Promise.all([api.as(hospital.hospitalId, hospital.users.admin), api.as(hospital.hospitalId, hospital.users.dispatcher)]);
  // A building of its own, so the building filter has an answer written here by hand.
  const place = (body: object) => desk.post('/v1/admin/locations', body);
  await place({ id: 'L9', type: 'building', name: '测试楼L9', parentId: 'MAIN', roomUse: null });
  await place({ id: 'L9-F1', type: 'floor', name: '1F', parentId: 'L9', roomUse: null });
  await place({ id: 'L9-101', type: 'room', name: '101', parentId: 'L9-F1', roomUse: 'ward' });
  await place({ id: 'L9-102', type: 'room', name: '102', parentId: 'L9-F1', roomUse: 'icu' });
  for (const body of [
    device('L9-P1', 'L9-101', { warrantyEnd: '2099-12-31' }),
    device('L9-P2', 'L9-101', { warrantyEnd: '2001-01-31', vendor: 'Mindray' }),
    device('L9-V1', 'L9-102', { type: 'ventilator', lifeSupport: true }),
  ]) {
    expect((await desk.post('/v1/admin/assets', body)).status).toBe(201);
  }
});

describe('the device ledger', () => {
  it.each([
    ['building', { building: 'L9' }, ['L9-P1', 'L9-P2', 'L9-V1']],
    ['building and vendor', { building: 'L9', vendor: 'Mindray' }, ['L9-P2']],
    ['building and type', { building: 'L9', type: 'ventilator' }, ['L9-V1']],
    ['warranty in', { building: 'L9', warranty: 'in' }, ['L9-P1']],
    ['warranty out', { building: 'L9', warranty: 'out' }, ['L9-P2']],
    ['no warranty date', { building: 'L9', warranty: 'unknown' }, ['L9-V1']],
    ['life support', { building: 'L9', lifeSupport: 'true' }, ['L9-V1']],
    ['text in the serial', { q: 'SN-L9-P' }, ['L9-P1', 'L9-P2']],
    ['the seeded building has none of these', { building: 'T1', q: 'L9-' }, []],
  ])('filters by %s', async (_what, query, expected) => {
    const res = await desk.get<AdminAssetPage>('/v1/admin/assets', { query });
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(expected);
  });

  it('pages with a cursor', async () => {
    const first = await desk.get<AdminAssetPage>('/v1/admin/assets', { query: { building: 'L9', limit: 2 } });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await desk.get<AdminAssetPage>('/v1/admin/assets', { query: { building: 'L9', limit: 2, cursor: first.body.nextCursor! } });
    expect([...ids(first.body), ...ids(second.body)].sort()).toEqual(['L9-P1', 'L9-P2', 'L9-V1']);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('the audit trail', () => {
  it('records a move and a retirement of a device with who, before and after, newest first', async () => {
    const current = (await desk.get<AdminAsset>('/v1/admin/assets/L9-P1')).body;
    const { id: _id, retired: _r, qrCode: _q, ...fields } = current;
    expect((await desk.put('/v1/admin/assets/L9-P1', { ...fields, locationId: 'L9-102' })).status).toBe(200);
    expect((await desk.delete('/v1/admin/assets/L9-P1', { query: { version: current.version + 1 } })).status).toBe(200);

    const trail = await desk.get<AuditPage>('/v1/admin/audit', { query: { kind: 'asset', recordId: 'L9-P1' } });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e) => e.action)).toEqual(['retire', 'update', 'create']);
    const [retire, move, create] = trail.body.items;
    expect(move).toMatchObject({ actorId: hospital.users.dispatcher, before: { locationId: 'L9-101' }, after: { locationId: 'L9-102' } });
    expect(retire).toMatchObject({ before: { retired: false }, after: { retired: true } });
    expect(create?.before).toBeNull();
    // The retired device is still in the ledger when asked for, and its label says it is retired
    // and offers its room (where it stood when retired) for a report.
    expect((await desk.get<AdminAsset>('/v1/admin/assets/L9-P1')).body.retired).toBe(true);
    const scan = await desk.get<QrLookup>('/v1/qr/A-L9-P1');
    expect(scan.status).toBe(200);
    expect(scan.body).toMatchObject({ retiredDevice: { id: 'L9-P1', name: '设备 L9-P1' }, asset: null, location: { id: 'L9-102' } });
  });

  it('lists the changes of a kind for the desk, and the staff changes only for the admin', async () => {
    const places = await desk.get<AuditPage>('/v1/admin/audit', { query: { kind: 'location' } });
    expect(places.body.items.map((e) => e.recordId)).toEqual(expect.arrayContaining(['L9', 'L9-F1', 'L9-101', 'L9-102']));
    expect((await desk.get<ErrorBody>('/v1/admin/audit', { query: { kind: 'user' } })).status).toBe(403);
  });

  it('imports users only from a clean file, and records each imported person and each invite', async () => {
    const header = 'id,name,roles,department,skills,phone,homeBuildingId';
    const bad = [header, 'imp-1,导入甲,technician,电工班,power|hvac,13800000001,T1', 'imp-2,导入乙,cook,,,,', 'imp-3,导入丙,reporter,,,,NOPE'].join('\n');
    const refused = await admin.post<ErrorBody>('/v1/admin/users/import', bad, { headers: { 'content-type': 'text/csv' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d) => d.field)).toEqual(['line 3: roles.0', 'line 4: homeBuildingId']);
    expect(refused.body.error.details[1]?.messageZh).toBe('第 4 行「homeBuildingId」：楼栋 NOPE 不存在');

    const fixed = [header, 'imp-1,导入甲,technician,电工班,power|hvac,13800000001,T1', 'imp-2,导入乙,reporter,,,,'].join('\n');
    const imported = await admin.post<ImportResult>('/v1/admin/users/import', fixed, { headers: { 'content-type': 'text/csv' } });
    expect(imported.body).toEqual({ created: 2, updated: 0, labelsIssued: 0 });
    const exported = await admin.request('GET', '/v1/admin/users.csv');
    expect(String(exported.body)).toContain('imp-1,导入甲,technician,电工班,power|hvac,13800000001,T1');

    expect((await admin.post('/v1/admin/users/imp-1/invite')).status).toBe(201);
    const trail = await admin.get<AuditPage>('/v1/admin/audit', { query: { kind: 'user', recordId: 'imp-1' } });
    expect(trail.body.items.map((e) => e.action)).toEqual(['invite', 'import']);
    expect(trail.body.items[1]).toMatchObject({ actorId: hospital.users.admin, before: null, after: { name: '导入甲', phone: '13800000001' } });
    // The invite's code is a secret: the audit keeps only its times.
    expect(Object.keys(trail.body.items[0]?.after ?? {}).sort()).toEqual(['expiresAt', 'issuedAt']);
  });
});
