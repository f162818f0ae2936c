import { randomUUID } from 'node:crypto';
import type { AdminUser } from '../../functions/src/contract/admin';
import type { AuditPage } from '../../functions/src/contract/audit';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { Session } from '../../functions/src/contract/users';
import type { Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import type { CreateVendorBody, Vendor } from '../../functions/src/contract/vendors';
import { api, ApiClient } from '../support/api';
import { setCategory } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { wechat } from '../support/wechat';

/**
 * The walls around a vendor's people (issue 16), tried over HTTP: a vendor's technician reaches
 * only their own jobs and their vendor's pool, never another vendor's job, any hospital list or
 * register, or another vendor's entry; a vendor manager reads their vendor's jobs without
 * personal data; vendor jobs go only to the vendor's technicians and in-house ones never to
 * them. Every expected status is written by hand in the tables below.
 */

let hospital: TestHospital;
let admin: ApiClient;
let desk: ApiClient;
let nurse: ApiClient;
let zhao: ApiClient;
let otisTech: ApiClient;
let otisMgr: ApiClient;
let koneTech: ApiClient;
/** Elevator in the test building: otis's (the lift is in the grab pool, offered to otis's technician only). */
let liftJob: Ticket;
let secondLiftJob: Ticket;
/** Air conditioning anywhere: kone's. */
let koneJob: Ticket;
/** Power: the hospital's own. */
let inHouseJob: Ticket;

const PHONE = '13900004321';
const key = () => ({ headers: { 'idempotency-key': `vendors-${randomUUID()}` } });

async function ok<T>(p: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`setup step failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

function contractOf(coverage: CreateVendorBody['contract']['coverage'], serviceLevels: CreateVendorBody['contract']['serviceLevels'] = []): CreateVendorBody['contract'] {
  return { reference: `HT-${randomUUID().slice(0, 6)}`, startsOn: '2026-01-01', endsOn: '2030-12-31', monthlyFee: 20000, coverage, serviceLevels, terms: [], penaltyCapPercent: 5, bonusCapPercent: null };
}

const vendorBody = (id: string, nameZh: string, contract: CreateVendorBody['contract']): CreateVendorBody => ({
  id,
  nameZh,
  nameEn: `${id} service`,
  contactName: '王经理',
  contactPhone: '13800001111',
  notes: '院方内部备注',
  contract,
});

const person = (id: string, roles: string[], vendorId: string | null, skills: string[] = []) => ({
  id,
  name: id,
  roles,
  department: null,
  skills,
  phone: null,
  shifts: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }],
  homeBuildingId: null,
  vendorId,
});

const report = (body: Record<string, unknown>) => ok(nurse.post<Ticket>('/v1/tickets', { urgency: 'normal', notADuplicate: true, ...body }, key()));

beforeAll(async () => {
  hospital = await createTestHospital();
  [admin, desk, nurse, zhao] = await Promise.all([
    api.as(hospital.hospitalId, hospital.users.admin),
    api.as(hospital.hospitalId, hospital.users.dispatcher),
    api.as(hospital.hospitalId, hospital.users.nurse),
    api.as(hospital.hospitalId, hospital.users.electrician),
  ]);
  // otis: lifts of the test building, stricter in an emergency (accept 3, on site 15; the category's are 5 and 30).
  await ok(admin.post<Vendor>('/v1/vendors', vendorBody('otis', '奥的斯测试', contractOf([{ categoryCode: 'elevator', buildingIds: [hospital.buildingId] }], [{ categoryCode: 'elevator', urgency: 'emergency', acceptMinutes: 3, arriveMinutes: 15 }]))));
  await ok(admin.post<Vendor>('/v1/vendors', vendorBody('kone', '通力测试', contractOf([{ categoryCode: 'hvac', buildingIds: [] }]))));
  await Promise.all([
    ok(admin.post<AdminUser>('/v1/admin/users', person('otis-liu', ['technician'], 'otis', ['elevator']))),
    ok(admin.post<AdminUser>('/v1/admin/users', person('otis-wang', ['vendor_manager'], 'otis'))),
    ok(admin.post<AdminUser>('/v1/admin/users', person('kone-li', ['technician'], 'kone', ['hvac', 'elevator']))),
  ]);
  [otisTech, otisMgr, koneTech] = await Promise.all([api.as(hospital.hospitalId, 'otis-liu'), api.as(hospital.hospitalId, 'otis-wang'), api.as(hospital.hospitalId, 'kone-li')]);
  await setCategory(hospital, 'elevator', { dispatchMode: 'grab' });

  liftJob = await report({ qrCode: hospital.assets.elevator.qrCode, categoryCode: 'elevator', description: '电梯困人', urgency: 'emergency', contactPhone: PHONE });
  secondLiftJob = await report({ qrCode: hospital.assets.elevator.qrCode, categoryCode: 'elevator', description: '电梯异响' });
  koneJob = await report({ qrCode: hospital.assets.wardAirConditioner.qrCode, categoryCode: 'hvac', description: '空调不制冷' });
  inHouseJob = await report({ qrCode: hospital.rooms.ward.qrCode, categoryCode: 'power', description: '插座没电' });
  await ok(desk.post(`/v1/tickets/${koneJob.id}/assign`, { technicianId: 'kone-li' }));
});

describe('stamping a report with its vendor', () => {
  it('gives each report the vendor covering its category and building, and the contract’s stricter emergency times', () => {
    expect([liftJob.vendorId, secondLiftJob.vendorId, koneJob.vendorId, inHouseJob.vendorId ?? null]).toEqual(['otis', 'otis', 'kone', null]);
    const minutesAfter = (iso: string | null) => (new Date(iso!).getTime() - new Date(liftJob.createdAt).getTime()) / 60_000;
    expect([minutesAfter(liftJob.deadlines.acceptBy), minutesAfter(liftJob.deadlines.arriveBy)]).toEqual([3, 15]);
    // The normal-urgency lift has no contract level: the category's 15 minutes and 4 hours.
    const second = (iso: string | null) => (new Date(iso!).getTime() - new Date(secondLiftJob.createdAt).getTime()) / 60_000;
    expect([second(secondLiftJob.deadlines.acceptBy), second(secondLiftJob.deadlines.arriveBy)]).toEqual([15, 240]);
  });
});

describe('who may take which job', () => {
  it('offers the vendor’s pool job to its technician only, and lets only them grab it', async () => {
    const pool = (who: ApiClient) => who.get<TicketPage>('/v1/tickets', { query: { scope: 'pool' } }).then((r) => r.body.items.map((t) => t.id));
    expect(await pool(otisTech)).toEqual(expect.arrayContaining([liftJob.id, secondLiftJob.id]));
    expect(await pool(zhao)).not.toContain(liftJob.id);
    expect(await pool(koneTech)).not.toContain(liftJob.id);
    expect((await zhao.post(`/v1/tickets/${liftJob.id}/grab`)).status).toBe(404);
    expect((await koneTech.post(`/v1/tickets/${liftJob.id}/grab`)).status).toBe(404);
    expect((await otisTech.post(`/v1/tickets/${liftJob.id}/grab`)).status).toBe(200);
  });

  it.each([
    ['an in-house technician to a vendor job', 400, () => secondLiftJob, 'tech-zhao'],
    ['another vendor’s technician to a vendor job', 400, () => secondLiftJob, 'kone-li'],
    ['a vendor technician to an in-house job', 400, () => inHouseJob, 'otis-liu'],
    ['the vendor’s technician to its job', 200, () => secondLiftJob, 'otis-liu'],
    ['an in-house technician to an in-house job', 200, () => inHouseJob, 'tech-zhao'],
  ])('the desk assigns %s → %s', async (_, status, job, technicianId) => {
    const res = await desk.post<ErrorBody>(`/v1/tickets/${job().id}/assign`, { technicianId });
    expect(res.status).toBe(status);
    if (status === 400) expect(res.body.error.details[0]?.code).toBe('other_employer');
  });
});

describe('what a vendor’s technician reads', () => {
  it('reads their own job in full, with the reporter’s phone while assigned', async () => {
    const mine = await otisTech.get<TicketDetail>(`/v1/tickets/${liftJob.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.ticket.contactPhone).toBe(PHONE);
    const assigned = await otisTech.get<TicketPage>('/v1/tickets', { query: { scope: 'assigned' } });
    expect(assigned.body.items.map((t) => t.id).sort()).toEqual([liftJob.id, secondLiftJob.id].sort());
  });

  it.each([
    ['another vendor’s job', 404, () => `/v1/tickets/${koneJob.id}`],
    ['the hospital’s job', 404, () => `/v1/tickets/${inHouseJob.id}`],
    ['the desk queue', 403, () => '/v1/tickets?scope=queue'],
    ['the search', 403, () => '/v1/tickets?scope=search&q=电梯'],
    ['the callbacks', 403, () => '/v1/tickets?scope=callbacks'],
    ['the complaints', 403, () => '/v1/complaints'],
    ['the places search', 403, () => '/v1/places?q=大厅'],
    ['the place tree', 403, () => '/v1/locations'],
    ['the QR lookup', 403, () => `/v1/qr/${hospital.rooms.ward.qrCode}`],
    ['the people register', 403, () => '/v1/admin/users'],
    ['the place register', 403, () => '/v1/admin/locations'],
    ['the device register', 403, () => '/v1/admin/assets'],
    ['a device’s history', 403, () => `/v1/assets/${hospital.assets.elevator.id}/history`],
    ['the dashboard', 403, () => '/v1/dashboard'],
    ['a report', 403, () => '/v1/reports/technicians'],
    ['the vendor register', 403, () => '/v1/vendors'],
    ['their own vendor’s entry', 403, () => '/v1/vendors/otis'],
    ['another vendor’s entry', 403, () => '/v1/vendors/kone'],
    ['planned work', 403, () => '/v1/work-orders?scope=mine'],
  ])('cannot read %s → %s', async (_, status, path) => {
    expect((await otisTech.get(path())).status).toBe(status);
  });

  it('cannot report a fault or follow the hospital’s job', async () => {
    expect((await otisTech.post('/v1/tickets', { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'power', description: '灯不亮', urgency: 'normal' }, key())).status).toBe(403);
    // Following is no vendor route at all: refused before any ticket is read.
    expect((await otisTech.post(`/v1/tickets/${inHouseJob.id}/follow`)).status).toBe(403);
  });
});

describe('what a vendor manager reads', () => {
  it('reads every job of their vendor in full, without personal data', async () => {
    const job = await otisMgr.get<TicketDetail>(`/v1/tickets/${liftJob.id}`);
    expect(job.status).toBe(200);
    expect(job.body.ticket.contactPhone).toBeNull();
    expect(job.body.ticket.reporter).toBeNull();
  });

  it.each([
    ['another vendor’s job', 404, () => `/v1/tickets/${koneJob.id}`],
    ['the hospital’s job', 404, () => `/v1/tickets/${inHouseJob.id}`],
    ['the desk queue', 403, () => '/v1/tickets?scope=queue'],
    ['another vendor’s entry', 404, () => '/v1/vendors/kone'],
    ['the vendor register', 403, () => '/v1/vendors'],
    ['the people register', 403, () => '/v1/admin/users'],
  ])('cannot read %s → %s', async (_, status, path) => {
    expect((await otisMgr.get(path())).status).toBe(status);
  });

  it('reads their own vendor’s entry without the hospital’s contact and notes', async () => {
    const own = await otisMgr.get<Vendor>('/v1/vendors/otis');
    expect(own.status).toBe(200);
    expect([own.body.nameZh, own.body.contactName, own.body.contactPhone, own.body.notes]).toEqual(['奥的斯测试', null, null, null]);
    expect((await desk.get<Vendor>('/v1/vendors/otis')).body.notes).toBe('院方内部备注');
  });
});

describe('the register and its rules', () => {
  it('refuses a contract overlapping another active vendor’s with a bilingual 409', async () => {
    const res = await admin.post<ErrorBody>('/v1/vendors', vendorBody('schindler', '迅达测试', contractOf([{ categoryCode: 'elevator', buildingIds: [hospital.buildingId] }])));
    expect(res.status).toBe(409);
    expect(res.body.error.messageZh).toBe(`奥的斯测试（otis）在重叠的合同期内已负责楼栋 ${hospital.buildingId}的 elevator`);
    expect(res.body.error.message).toContain('otis');
  });

  it('refuses a period that ends before it starts, and a stale edit; records every change in the audit', async () => {
    const bad = vendorBody('late', '倒序测试', { ...contractOf([{ categoryCode: 'water', buildingIds: [] }]), startsOn: '2027-01-01', endsOn: '2026-12-31' });
    const refused = await admin.post<ErrorBody>('/v1/vendors', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ field: 'contract.endsOn', messageZh: '合同结束日期（2026-12-31）早于开始日期（2027-01-01）' });
    const { id: _id, ...fields } = vendorBody('kone', '通力测试（改）', contractOf([{ categoryCode: 'hvac', buildingIds: [] }]));
    expect((await admin.put<Vendor>('/v1/vendors/kone', { ...fields, version: 1 })).status).toBe(200);
    expect((await admin.put<ErrorBody>('/v1/vendors/kone', { ...fields, version: 1 })).status).toBe(409);
    const trail = await admin.get<AuditPage>('/v1/admin/audit', { query: { kind: 'vendor', recordId: 'kone' } });
    expect(trail.body.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect((await desk.post('/v1/vendors', vendorBody('desk-made', '服务台', contractOf([{ categoryCode: 'gas', buildingIds: [] }])))).status).toBe(403);
  });

  it.each([
    ['a hospital user as vendor manager', person('mgr-x', ['vendor_manager'], null), 'roles'],
    ['a vendor user with a hospital role', person('otis-desk', ['technician', 'dispatcher'], 'otis'), 'roles'],
    ['the staff of an unknown vendor', person('nope-tech', ['technician'], 'nope'), 'vendorId'],
  ])('refuses %s with a bilingual 400', async (_, body, field) => {
    const res = await admin.post<ErrorBody>('/v1/admin/users', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.field).toBe(field);
    expect(res.body.error.details[0]?.messageZh).toMatch(/外包单位/);
  });

  it('imports and exports a vendor’s staff in the people sheet, with the same rules', async () => {
    const csv = { headers: { 'content-type': 'text/csv' } };
    const header = 'id,name,roles,department,skills,phone,homeBuildingId,vendorId';
    const refused = await admin.post<ErrorBody>('/v1/admin/users/import', `${header}\notis-csv,导入师傅,technician,,elevator,,,otis\nkone-desk,导入调度,dispatcher,,,,,kone\n`, csv);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d) => d.field)).toEqual(['line 3: roles']);
    expect((await admin.post('/v1/admin/users/import', `${header}\notis-csv,导入师傅,technician,,elevator,,,otis\n`, csv)).status).toBe(200);
    expect((await admin.get<AdminUser>('/v1/admin/users/otis-csv')).body.vendorId).toBe('otis');
    const exported = await admin.request('GET', '/v1/admin/users.csv');
    expect(String(exported.body)).toContain('otis-csv,导入师傅,technician,,elevator,,,otis');
  });

  it('links a vendor technician to WeChat by invite like anyone, and signs them in as their vendor’s', async () => {
    await ok(admin.post<AdminUser>('/v1/admin/users', person('otis-zhou', ['technician'], 'otis', ['elevator'])));
    const invite = await ok(admin.post<{ inviteCode: string }>('/v1/admin/users/otis-zhou/invite'));
    const redeemed = await api.post<Session>('/v1/auth/redeem-invite', { code: wechat.code(`vendors-${randomUUID().slice(0, 8)}`), inviteCode: invite.inviteCode });
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.user).toMatchObject({ id: 'otis-zhou', vendorId: 'otis', roles: ['technician'] });
    const signedIn = new ApiClient(redeemed.body.token, redeemed.body);
    expect((await signedIn.get('/v1/me')).status).toBe(200);
    expect((await signedIn.get('/v1/tickets?scope=queue')).status).toBe(403);
  });
});
