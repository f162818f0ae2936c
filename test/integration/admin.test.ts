import type { AdminAsset, AdminAssetPage, AdminCategory, AdminLocation, AdminUser, ImportResult, QrLabelsPreview } from '../../functions/src/contract/admin';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { QrLookup } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { decodeLabelSheet, pdfText } from '../support/pdfQr';
import { wechat } from '../support/wechat';

let hospital: TestHospital;
let admin: ApiClient;
let desk: ApiClient;
let nurse: ApiClient;
let technician: ApiClient;
let manager: ApiClient;

const csv = (client: ApiClient, path: string, text: string) => client.post<ImportResult & ErrorBody>(path, text, { headers: { 'content-type': 'text/csv' } });

async function pdfOf(client: ApiClient, query: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(new URL(`/v1/admin/qr-labels?${query}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${client.token}` } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

const newRoom = (id: string, parentId: string) => ({ id, type: 'room', name: `Room ${id}`, parentId, roomUse: 'office' });
const newAsset = (id: string, locationId: string) => ({
  id,
  name: `Pump ${id}`,
  type: 'infusion_pump',
  model: 'BBraun Space',
  serial: `SN-${id}`,
  vendor: 'B. Braun',
  installDate: '2023-05-01',
  warrantyEnd: '2026-04-30',
  categoryCode: 'medical_equipment',
  maintenanceCycleDays: 180,
  lifeSupport: false,
  locationId,
});

beforeAll(async () => {
  hospital = await createTestHospital();
  const { users } = hospital;
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [admin, desk, nurse, technician, manager] = await Promise.all([as(users.admin), as(users.dispatcher), as(users.nurse), as(users.electrician), as(users.manager)]);
});

describe('locations', () => {
  it('creates a room under a floor with its own label, which a nurse can then scan', async () => {
    const created = await desk.post<AdminLocation>('/v1/admin/locations', newRoom('T1-0299', hospital.floors.upper));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ancestorIds: ['MAIN', 'T1', 'T1-F02'], qrCode: 'R-T1-0299', version: 1, retired: false });
    const scan = await nurse.get<QrLookup>('/v1/qr/R-T1-0299');
    expect(scan.status).toBe(200);
    expect(scan.body.location.id).toBe('T1-0299');
  });

  it('refuses a parent of the wrong level or one that does not exist, in both languages', async () => {
    const wrongLevel = await admin.post<ErrorBody>('/v1/admin/locations', newRoom('T1-X1', hospital.buildingId));
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.error.details[0]).toMatchObject({ field: 'parentId', code: 'parent_wrong_level', messageZh: expect.stringContaining('楼层') });
    const missing = await admin.post<ErrorBody>('/v1/admin/locations', newRoom('T1-X2', 'NOPE'));
    expect(missing.body.error.details[0]?.code).toBe('parent_not_found');
  });

  it('moves a floor to another building and carries its rooms along; a stale version is refused', async () => {
    await admin.post('/v1/admin/locations', { id: 'T2', type: 'building', name: 'Annex', parentId: 'MAIN', roomUse: null });
    await admin.post('/v1/admin/locations', { id: 'T2-F09', type: 'floor', name: '9F', parentId: 'T2', roomUse: null });
    await admin.post('/v1/admin/locations', newRoom('T2-0901', 'T2-F09'));
    await admin.post('/v1/admin/locations', { id: 'T3', type: 'building', name: 'Wing', parentId: 'MAIN', roomUse: null });
    expect((await desk.post('/v1/admin/assets', newAsset('PUMP-T2', 'T2-0901'))).status).toBe(201);
    const moved = await admin.put<AdminLocation>('/v1/admin/locations/T2-F09', { version: 1, name: '9F', parentId: 'T3', roomUse: null });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ ancestorIds: ['MAIN', 'T3'], version: 2 });
    const scan = await nurse.get<QrLookup>('/v1/qr/R-T2-0901');
    expect(scan.body.location.path.map((l) => l.id)).toEqual(['MAIN', 'T3', 'T2-F09', 'T2-0901']);
    // The device in the moved floor's room went along: the ledger finds it in its new building only, and its label shows the new path.
    const inBuilding = async (building: string) => (await desk.get<AdminAssetPage>('/v1/admin/assets', { query: { building } })).body.items.map((a) => a.id);
    expect(await inBuilding('T3')).toEqual(['PUMP-T2']);
    expect(await inBuilding('T2')).toEqual([]);
    const deviceScan = await nurse.get<QrLookup>('/v1/qr/A-PUMP-T2');
    expect(deviceScan.body.location.path.map((l) => l.id)).toEqual(['MAIN', 'T3', 'T2-F09', 'T2-0901']);
    const stale = await admin.put<ErrorBody>('/v1/admin/locations/T2-F09', { version: 1, name: '9F', parentId: 'T2', roomUse: null });
    expect(stale.status).toBe(409);
  });

  it('retires an empty room: its label then answers clearly that it is retired; a room with devices is refused', async () => {
    const retired = await admin.delete<AdminLocation>('/v1/admin/locations/T1-0299', { query: { version: 1 } });
    expect(retired.body).toMatchObject({ retired: true, version: 2 });
    const scan = await nurse.get<ErrorBody>('/v1/qr/R-T1-0299');
    expect(scan.status).toBe(404);
    expect(scan.body.error.message).toMatch(/retired/);
    expect(scan.body.error.messageZh).toMatch(/已停用/);
    const occupied = await admin.delete<ErrorBody>(`/v1/admin/locations/${hospital.rooms.icu.id}`, { query: { version: 0 } });
    expect(occupied.status).toBe(409);
  });
});

describe('assets', () => {
  it('registers a device with its ledger fields and a label', async () => {
    const created = await desk.post<AdminAsset>('/v1/admin/assets', newAsset('PUMP-1', hospital.rooms.ward.id));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ qrCode: 'A-PUMP-1', warrantyEnd: '2026-04-30', maintenanceCycleDays: 180, version: 1 });
  });

  it('moves a device to another room and its old label finds it there', async () => {
    const moved = await desk.put<AdminAsset>('/v1/admin/assets/PUMP-1', { version: 1, ...newAsset('PUMP-1', hospital.rooms.icu.id), id: undefined });
    expect(moved.status).toBe(200);
    const scan = await nurse.get<QrLookup>('/v1/qr/A-PUMP-1');
    expect(scan.body.asset?.id).toBe('PUMP-1');
    expect(scan.body.location.id).toBe(hospital.rooms.icu.id);
  });

  it('re-labels a device: the new code works, the old one says it is retired', async () => {
    const relabelled = await desk.put<AdminAsset>('/v1/admin/assets/PUMP-1', { version: 2, ...newAsset('PUMP-1', hospital.rooms.icu.id), id: undefined, qrCode: 'A-PUMP-1B' });
    expect(relabelled.body.qrCode).toBe('A-PUMP-1B');
    expect((await nurse.get<QrLookup>('/v1/qr/A-PUMP-1B')).body.asset?.id).toBe('PUMP-1');
    const old = await nurse.get<ErrorBody>('/v1/qr/A-PUMP-1');
    expect(old.status).toBe(404);
    expect(old.body.error.messageZh).toMatch(/已停用/);
  });

  it('refuses an unknown category and location with the field named', async () => {
    const bad = await admin.post<ErrorBody>('/v1/admin/assets', { ...newAsset('PUMP-2', 'NOWHERE'), categoryCode: 'medical_equipment' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.field).toBe('locationId');
  });
});

describe('categories and users (admin only)', () => {
  it('creates and updates a category with its team, SLA and dispatch mode', async () => {
    const sla = { acceptWithinMinutes: { normal: 15, urgent: 10, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
    const body = { code: 'linen', nameZh: '被服', nameEn: 'Linen', team: '洗衣房', sla, quickPhrases: [{ zh: '床单破损', en: 'Torn bed sheet' }], offeredForRooms: true, dispatchMode: 'grab' };
    const created = await admin.post<AdminCategory>('/v1/admin/categories', body);
    expect(created.status).toBe(201);
    const { code: _c, ...fields } = body;
    const updated = await admin.put<AdminCategory>('/v1/admin/categories/linen', { ...fields, version: 1, team: 'Vendor A' });
    expect(updated.body).toMatchObject({ team: 'Vendor A', version: 2 });
  });

  it('creates a technician with skills and shifts, then disables the account', async () => {
    const body = { id: 'tech-new', name: '新师傅', roles: ['technician'], department: '维修班', skills: ['power'], phone: '13900000000', shifts: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }], homeBuildingId: hospital.buildingId };
    expect((await admin.post<AdminUser>('/v1/admin/users', body)).status).toBe(201);
    const tech = await api.as(hospital.hospitalId, 'tech-new');
    expect((await tech.get('/v1/me')).status).toBe(200);
    expect((await admin.delete<AdminUser>('/v1/admin/users/tech-new', { query: { version: 1 } })).body.retired).toBe(true);
    expect((await tech.get('/v1/me')).status).toBe(401);
  });

  it.each([
    ['a nurse', 'post', '/v1/admin/locations', () => nurse],
    ['a technician', 'post', '/v1/admin/assets', () => technician],
    ['a manager', 'post', '/v1/admin/locations', () => manager],
    ['the desk', 'post', '/v1/admin/categories', () => desk],
    ['the desk', 'post', '/v1/admin/users', () => desk],
    ['a nurse', 'get', '/v1/admin/assets.csv', () => nurse],
    ['a manager', 'get', '/v1/admin/qr-labels?building=T1', () => manager],
  ] as const)('refuses %s: %s %s', async (_who, method, path, client) => {
    const res = method === 'get' ? await client().get(path) : await client().post(path, {});
    expect(res.status).toBe(403);
  });
});

describe('CSV import and export', () => {
  it('exports locations and assets, and a re-import of the same files changes nothing but versions', async () => {
    const locations = await admin.get<string>('/v1/admin/locations.csv');
    expect(locations.headers.get('content-type')).toMatch(/text\/csv/);
    // (the UTF-8 byte-order mark for Excel is consumed by the text decoder)
    expect(locations.body.split(/\r?\n/)[0]).toBe('id,type,name,parentId,roomUse,qrCode');
    expect(locations.body).toContain('T1-0202,room,201 病房,T1-F02,ward,R-T1-0202');
    const assets = await admin.get<string>('/v1/admin/assets.csv');
    const reLocations = await csv(admin, '/v1/admin/locations/import', locations.body);
    expect(reLocations.body).toMatchObject({ created: 0, labelsIssued: 0 });
    const reAssets = await csv(desk, '/v1/admin/assets/import', assets.body);
    expect(reAssets.status).toBe(200);
    expect(reAssets.body.created).toBe(0);
    expect((await admin.get<string>('/v1/admin/assets.csv')).body).toBe(assets.body);
  });

  it('imports thousands of rooms in one file, parents defined in the same file', async () => {
    const lines = ['id,type,name,parentId,roomUse,qrCode', 'BIG,building,Big,MAIN,,', 'BIG-F1,floor,1F,BIG,,'];
    for (let i = 0; i < 2000; i++) lines.push(`BIG-${i},room,Room ${i},BIG-F1,ward,`);
    const res = await csv(admin, '/v1/admin/locations/import', lines.join('\n'));
    expect(res.body).toEqual({ created: 2002, updated: 0, labelsIssued: 2000 });
    expect((await nurse.get<QrLookup>('/v1/qr/R-BIG-1999')).body.location.path.map((l) => l.id)).toEqual(['MAIN', 'BIG', 'BIG-F1', 'BIG-1999']);
  });

  it('reports every bad row with its line and field, and imports nothing', async () => {
    const file = [
      'id,name,type,model,serial,vendor,installDate,warrantyEnd,categoryCode,maintenanceCycleDays,lifeSupport,locationId,qrCode',
      `OK-1,Good pump,pump,,,,2024-01-01,,medical_equipment,30,no,${hospital.rooms.ward.id},`,
      `BAD-1,Bad date,pump,,,,2024-13-45,,medical_equipment,30,no,${hospital.rooms.ward.id},`,
      'BAD-2,Nowhere,pump,,,,,,medical_equipment,,no,NO-SUCH-ROOM,',
      `BAD-3,Odd category,pump,,,,,,no_such_category,abc,maybe,${hospital.rooms.ward.id},`,
      `OK-1,Twice,pump,,,,,,medical_equipment,,no,${hospital.rooms.ward.id},`,
    ].join('\n');
    const res = await csv(admin, '/v1/admin/assets/import', file);
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['line 3: installDate', 'line 4: locationId', 'line 5: categoryCode', 'line 5: maintenanceCycleDays', 'line 5: lifeSupport', 'line 6: id']),
    );
    expect(fields.some((f) => f.startsWith('line 2:'))).toBe(false);
    expect(res.body.error.details.every((d) => /^第 \d+ 行/.test(d.messageZh))).toBe(true);
    expect((await admin.get<string>('/v1/admin/assets.csv')).body).not.toContain('OK-1');
  });
});

describe('QR labels', () => {
  it('prints one QR per label, each decoding to its code\'s report link', async () => {
    const pdf = await pdfOf(desk, `building=${hospital.buildingId}&kind=all`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const decoded = await decodeLabelSheet(pdf.bytes);
    const rooms = Object.values(hospital.rooms).map((r) => r.qrCode);
    // The stack's own origin, the one it runs on (issue 10: the sheet encoded :3000 whatever the port).
    const link = (code: string) => `${stackEnv('API_URL')}/#/pages/report/index?scene=${code}`;
    expect(decoded.map((d) => d.text)).toEqual(expect.arrayContaining([...rooms, hospital.assets.elevator.qrCode, 'A-PUMP-1B'].map(link)));
    // every cell with a label has exactly one QR and no code is printed twice
    expect(new Set(decoded.map((d) => d.text)).size).toBe(decoded.length);
    expect(decoded.map((d) => d.text)).not.toContain(link('R-T1-0299'));
    expect(decoded.map((d) => d.text)).not.toContain(link('A-PUMP-1'));
  });

  it('prints Chinese place and device names in an embedded font, subset to the glyphs used', async () => {
    const pdf = await pdfOf(desk, `building=${hospital.buildingId}&kind=all`);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('重症监护室');
    expect(text).toContain('测试楼 1号客梯');
    expect(text).toContain(hospital.rooms.ward.qrCode);
    // the font's subset, not its 1.2 MB: the whole sheet stays small
    expect(pdf.bytes.length).toBeLessThan(150 * 1024);
  });

  it('prints every label of the hospital without a building, 200 to a PDF, in pages that hold each label once (issue 14: it was a 400)', async () => {
    // By now the hospital has the 2,000 rooms imported above: more than one PDF.
    const res = await fetch(new URL('/v1/admin/qr-labels?kind=rooms', stackEnv('API_URL')), { headers: { authorization: `Bearer ${desk.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-page')).toBe('1');
    expect(res.headers.get('x-label-count')).toBe('200');
    const pageCount = Number(res.headers.get('x-page-count'));
    expect(pageCount).toBeGreaterThanOrEqual(11);
    const codes: string[] = [];
    for (let page = 1; page <= pageCount; page++) {
      const preview = await desk.get<QrLabelsPreview>('/v1/admin/qr-labels/preview', { query: { kind: 'rooms', page } });
      expect(preview.body).toMatchObject({ page, pageCount, perPage: 200 });
      codes.push(...preview.body.items.map((l) => l.code));
    }
    expect(codes.length).toBe(Number(res.headers.get('x-label-total')));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining([hospital.rooms.ward.qrCode, hospital.rooms.lobby.qrCode, 'R-BIG-0', 'R-BIG-1999']));
    // retired above: no label
    expect(codes).not.toContain('R-T1-0299');
    expect((await desk.get('/v1/admin/qr-labels/preview', { query: { kind: 'rooms', page: pageCount + 1 } })).status).toBe(400);
  });

  it('previews the labels a query prints: name, building and floor, code and link', async () => {
    const preview = await desk.get<QrLabelsPreview>('/v1/admin/qr-labels/preview', { query: { floors: hospital.floors.upper, kind: 'all' } });
    expect(preview.status).toBe(200);
    const ward = preview.body.items.find((l) => l.code === hospital.rooms.ward.qrCode);
    expect(ward).toEqual({ code: hospital.rooms.ward.qrCode, name: '201 病房', place: '测试楼 · 2层', link: `${stackEnv('API_URL')}/#/pages/report/index?scene=${hospital.rooms.ward.qrCode}` });
    expect(preview.body.items.find((l) => l.code === hospital.assets.wardAirConditioner.qrCode)?.place).toBe('测试楼 · 2层 · 201 病房');
    expect(preview.body.items.map((l) => l.code)).not.toContain(hospital.rooms.lobby.qrCode);
    expect(preview.body).toMatchObject({ page: 1, pageCount: 1, perPage: 200, total: preview.body.items.length });
  });

  it('prints only rooms when asked, and 404s an unknown building', async () => {
    const rooms = await decodeLabelSheet((await pdfOf(admin, `building=${hospital.buildingId}&kind=rooms`)).bytes);
    expect(rooms.every((d) => d.text.includes('scene=R-'))).toBe(true);
    expect((await pdfOf(admin, 'building=NOPE')).status).toBe(404);
  });

  it('prints WeChat mini-program codes with format=wxacode: each opens the report page with its code as scene', async () => {
    const pdf = await pdfOf(desk, `building=${hospital.buildingId}&kind=all&format=wxacode`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    // the fake's codes are plain QR codes of `<page>?scene=<scene>` (a real one is a sun code only WeChat reads)
    const decoded = (await decodeLabelSheet(pdf.bytes)).map((d) => d.text);
    const rooms = Object.values(hospital.rooms).map((r) => r.qrCode);
    const codes = [...rooms, hospital.assets.elevator.qrCode, 'A-PUMP-1B'];
    expect(decoded).toEqual(expect.arrayContaining(codes.map((code) => `pages/report/index?scene=${code}`)));
    expect(decoded.every((text) => text.startsWith('pages/report/index?scene='))).toBe(true);
    expect(new Set(decoded).size).toBe(decoded.length);
    // names and codes are printed as on the link sheet
    expect(await pdfText(pdf.bytes)).toContain(hospital.rooms.ward.qrCode);
  });

  it('prints the same labels in both formats, and links by default', async () => {
    const linkRes = await fetch(new URL(`/v1/admin/qr-labels?building=${hospital.buildingId}&kind=rooms&format=link`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${desk.token}` } });
    const codeRes = await fetch(new URL(`/v1/admin/qr-labels?building=${hospital.buildingId}&kind=rooms&format=wxacode`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${desk.token}` } });
    expect(linkRes.status).toBe(200);
    expect(codeRes.status).toBe(200);
    expect(codeRes.headers.get('x-label-count')).toBe(linkRes.headers.get('x-label-count'));
    const links = (await decodeLabelSheet(Buffer.from(await linkRes.arrayBuffer()))).map((d) => d.text);
    expect(links.every((text) => text.startsWith(`${stackEnv('API_URL')}/#/pages/report/index?scene=R-`))).toBe(true);
    expect(links.length).toBe(Number(linkRes.headers.get('x-label-count')));
    expect((await pdfOf(desk, `building=${hospital.buildingId}&format=qr`)).status).toBe(400);
  });

  it('answers 429 with a bilingual message when WeChat\'s daily quota of codes is used up (45009)', async () => {
    await wechat.fault({ path: '/wxa/getwxacodeunlimit', errcode: 45009, times: 1 });
    const res = await pdfOf(desk, `building=${hospital.buildingId}&kind=rooms&format=wxacode`);
    expect(res.status).toBe(429);
    const body = JSON.parse(res.bytes.toString('utf8')) as ErrorBody;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('45009');
    expect(body.error.messageZh).toContain('小程序码');
    // the fault was used once: the next sheet prints
    expect((await pdfOf(desk, `building=${hospital.buildingId}&kind=rooms&format=wxacode`)).status).toBe(200);
  });

  it('answers 409 when WeChat refuses the code for another reason', async () => {
    await wechat.fault({ path: '/wxa/getwxacodeunlimit', errcode: 41030, times: 1 });
    const res = await pdfOf(desk, `building=${hospital.buildingId}&kind=rooms&format=wxacode`);
    expect(res.status).toBe(409);
    expect((JSON.parse(res.bytes.toString('utf8')) as ErrorBody).error.message).toContain('41030');
  });
});
