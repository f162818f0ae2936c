import type { ErrorBody } from '../../functions/src/contract/common';
import type { QrLookup, Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';

let hospital: TestHospital;
let nurse: ApiClient;
let doctor: ApiClient;
let n = 0;
const key = () => `test-key-${Date.now()}-${++n}`;

const report = (client: ApiClient, body: Record<string, unknown>, idempotencyKey = key()) =>
  client.post<Ticket & ErrorBody>('/v1/tickets', body, { headers: { 'idempotency-key': idempotencyKey } });

beforeAll(async () => {
  hospital = await createTestHospital();
  nurse = await api.as(hospital.hospitalId, hospital.users.nurse);
  doctor = await api.as(hospital.hospitalId, hospital.users.doctor);
});

describe('reporting a fault at a QR code', () => {
  it('shows the place, the device, the fitting categories and what is already open there', async () => {
    const res = await nurse.get<QrLookup>(`/v1/qr/${hospital.assets.wardAirConditioner.qrCode}`);
    expect(res.status).toBe(200);
    expect(res.body.location.id).toBe(hospital.rooms.ward.id);
    expect(res.body.location.path.map((l) => l.type)).toEqual(['campus', 'building', 'floor', 'room']);
    expect(res.body.asset?.id).toBe(hospital.assets.wardAirConditioner.id);
    expect(res.body.categories[0]).toMatchObject({ code: 'hvac', suggested: true });
    // Elevator repairs are offered only for an elevator's own label.
    expect(res.body.categories.map((c) => c.code)).not.toContain('elevator');
    expect(res.body.openTickets).toEqual([]);
  });

  it('creates a numbered ticket that the reporter then finds in "my tickets" with its timeline', async () => {
    const created = await report(nurse, {
      qrCode: hospital.rooms.nurseStation.qrCode,
      categoryCode: 'power',
      description: '护士站灯不亮',
      urgency: 'normal',
      contactPhone: '138 0013 8000',
    });
    expect(created.status).toBe(201);
    expect(created.body.number).toMatch(/^BX\d{8}-\d{4}$/);
    expect(created.body).toMatchObject({ status: 'submitted', urgency: 'normal', categoryCode: 'power', location: { id: hospital.rooms.nurseStation.id } });
    expect(new Date(created.body.deadlines.acceptBy!).getTime() - new Date(created.body.createdAt).getTime()).toBe(15 * 60_000);

    const mine = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine' } });
    expect(mine.body.items[0]?.id).toBe(created.body.id);

    const detail = await nurse.get<TicketDetail>(`/v1/tickets/${created.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.events).toEqual([expect.objectContaining({ seq: 1, type: 'submitted', toStatus: 'submitted', actor: expect.objectContaining({ id: 'nurse-li' }) })]);

    const lookup = await nurse.get<QrLookup>(`/v1/qr/${hospital.rooms.nurseStation.qrCode}`);
    expect(lookup.body.openTickets.map((t) => t.id)).toContain(created.body.id);
  });

  it('gives consecutive numbers within the hospital day', async () => {
    const a = await report(doctor, { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'cleaning', description: '地面湿滑', urgency: 'normal' });
    const b = await report(doctor, { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'fire', description: '烟感误报', urgency: 'normal' });
    const seq = (t: Ticket) => Number(t.number.split('-')[1]);
    expect(seq(b.body)).toBe(seq(a.body) + 1);
  });

  it('answers a retry with the same Idempotency-Key with the same ticket, never a second one', async () => {
    const body = { qrCode: hospital.rooms.ward.qrCode, categoryCode: 'water', description: '水龙头漏水', urgency: 'urgent' };
    const k = key();
    const [first, second] = await Promise.all([report(doctor, body, k), report(doctor, body, k)]);
    const third = await report(doctor, body, k);
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect(new Set([first.body.id, second.body.id, third.body.id]).size).toBe(1);
    const mine = await doctor.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    expect(mine.body.items.filter((t) => t.description === '水龙头漏水')).toHaveLength(1);
  });

  it('refuses the same Idempotency-Key for a different report', async () => {
    const k = key();
    await report(doctor, { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'building', description: '门锁坏了', urgency: 'normal' }, k);
    const other = await report(doctor, { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'building', description: '窗户关不上', urgency: 'normal' }, k);
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('conflict');
  });

  it('offers the open ticket of the same device instead of a duplicate, and accepts a confirmed different fault', async () => {
    const body = { qrCode: hospital.assets.wardOxygenOutlet.qrCode, categoryCode: 'gas', description: '氧气终端漏气', urgency: 'urgent' };
    const first = await report(nurse, body);
    expect(first.status).toBe(201);
    const again = await report(doctor, body);
    expect(again.status).toBe(409);
    expect(again.body.error.duplicateOf).toMatchObject({ id: first.body.id, number: first.body.number });
    const different = await report(doctor, { ...body, description: '负压吸引无力', notADuplicate: true });
    expect(different.status).toBe(201);
  });

  it('treats a fault in the ICU as one level more urgent, and says why', async () => {
    const res = await report(nurse, { qrCode: hospital.rooms.icu.qrCode, categoryCode: 'power', description: '插座没电', urgency: 'normal' });
    expect(res.body).toMatchObject({ reportedUrgency: 'normal', urgency: 'urgent' });
    expect(res.body.urgencyRaisedReason).toContain('重症监护室');
  });

  it('pages "my tickets" newest first with an opaque cursor', async () => {
    const client = await api.as(hospital.hospitalId, hospital.users.dispatcher);
    const made: string[] = [];
    for (const d of ['一', '二', '三']) {
      const r = await report(client, { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'it', description: `网络不通${d}`, urgency: 'normal', notADuplicate: true });
      made.push(r.body.id);
    }
    const page1 = await client.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 2 } });
    expect(page1.body.items.map((t) => t.id)).toEqual([made[2], made[1]]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await client.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 2, cursor: page1.body.nextCursor! } });
    expect(page2.body.items.map((t) => t.id)).toEqual([made[0]]);
    // Another user's cursor does not open this listing.
    const stolen = await nurse.get<ErrorBody>('/v1/tickets', { query: { scope: 'mine', limit: 2, cursor: page1.body.nextCursor! } });
    expect(stolen.status).toBe(400);
  });
});

describe('bad input is refused clearly and nothing is written', () => {
  const valid = () => ({ qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'power', description: '灯不亮', urgency: 'normal' });

  async function expectRefused(body: unknown, status: number, field?: string, headers: Record<string, string> = { 'idempotency-key': key() }) {
    const before = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    const res = await nurse.post<ErrorBody>('/v1/tickets', body, { headers });
    expect(res.status).toBe(status);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(res.body.error.messageZh).toEqual(expect.any(String));
    if (field) expect(res.body.error.details.map((d) => d.field)).toContain(field);
    const after = await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    expect(after.body.items.length).toBe(before.body.items.length);
    return res.body;
  }

  it.each([
    ['description missing', { description: undefined }, 'body.description'],
    ['description empty', { description: '   ' }, 'body.description'],
    ['description too long', { description: '漏'.repeat(501) }, 'body.description'],
    ['description of the wrong type', { description: 42 }, 'body.description'],
    ['urgency unknown', { urgency: 'whenever' }, 'body.urgency'],
    ['ten photos', { photoKeys: Array.from({ length: 10 }, (_, i) => `p/${i}.jpg`) }, 'body.photoKeys'],
    ['a phone number with letters', { contactPhone: 'call me' }, 'body.contactPhone'],
    ['neither QR code nor location', { qrCode: undefined }, 'body.qrCode'],
    ['a malformed QR code', { qrCode: '../../etc' }, 'body.qrCode'],
  ])('%s → 400 naming the field', async (_name, change, field) => {
    const details = await expectRefused({ ...valid(), ...change }, 400, field);
    expect(details.error.code).toBe('validation_failed');
  });

  it('an unknown category → 400 naming it', async () => {
    await expectRefused({ ...valid(), categoryCode: 'plumbing-on-mars' }, 400, 'categoryCode');
  });

  it('a QR code that does not exist → 404', async () => {
    const body = await expectRefused({ ...valid(), qrCode: 'R-NOPE-0000' }, 404);
    expect(body.error.code).toBe('not_found');
  });

  it('a missing Idempotency-Key → 400', async () => {
    await expectRefused(valid(), 400, 'header.idempotency-key', {});
  });

  it('a body that is not JSON → 400', async () => {
    await expectRefused('{"description": ', 400, 'body');
  });

  it('a request without a session → 401', async () => {
    const res = await api.post<ErrorBody>('/v1/tickets', valid(), { headers: { 'idempotency-key': key() } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('a forged token → 401', async () => {
    const res = await api.get<ErrorBody>('/v1/me', { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.x' } });
    expect(res.status).toBe(401);
  });
});

describe('no one sees what is not theirs', () => {
  let ticketId: string;
  beforeAll(async () => {
    const res = await report(nurse, { qrCode: hospital.rooms.emergency.qrCode, categoryCode: 'building', description: '天花板漏水', urgency: 'normal' });
    ticketId = res.body.id;
  });

  it('a reporter cannot read another reporter’s ticket', async () => {
    const res = await doctor.get<ErrorBody>(`/v1/tickets/${ticketId}`);
    expect(res.status).toBe(404);
    const mine = await doctor.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    expect(mine.body.items.map((t) => t.id)).not.toContain(ticketId);
  });

  it('the desk of the same hospital can', async () => {
    const desk = await api.as(hospital.hospitalId, hospital.users.dispatcher);
    expect((await desk.get(`/v1/tickets/${ticketId}`)).status).toBe(200);
  });

  it('nobody of another hospital can, not even its desk or with its codes', async () => {
    const other = await createTestHospital();
    const otherDesk = await api.as(other.hospitalId, other.users.dispatcher);
    expect((await otherDesk.get(`/v1/tickets/${ticketId}`)).status).toBe(404);
    const otherNurse = await api.as(other.hospitalId, other.users.nurse);
    const lookup = await otherNurse.get<QrLookup>(`/v1/qr/${hospital.rooms.emergency.qrCode}`);
    // Same label text, other hospital: its own room, and none of the first hospital's tickets.
    expect(lookup.body.openTickets.map((t) => t.id)).not.toContain(ticketId);
  });
});

describe('catalog and session', () => {
  it('lists the twelve categories and the location tree', async () => {
    const categories = await nurse.get<{ items: { code: string }[] }>('/v1/categories');
    expect(categories.body.items).toHaveLength(12);
    const tree = await nurse.get<{ items: { type: string; children: { type: string; children: unknown[] }[] }[] }>('/v1/locations');
    expect(tree.body.items[0]?.type).toBe('campus');
    expect(tree.body.items[0]?.children[0]?.type).toBe('building');
  });

  it('tells who is signed in', async () => {
    const me = await nurse.get<{ id: string; roles: string[]; hospitalId: string }>('/v1/me');
    expect(me.body).toMatchObject({ id: 'nurse-li', roles: ['reporter'], hospitalId: hospital.hospitalId });
  });

  it('signs in a new WeChat user at a label as a guest reporter, the same WeChat user again as the same account, and refuses a used code', async () => {
    const who = `u${Date.now()}`;
    const scene = `${hospital.rooms.ward.qrCode}@${hospital.hospitalId}`;
    type Signed = { token: string; user: { id: string; roles: string[]; kind: string; hospitalId: string } };
    const first = await api.post<Signed>('/v1/auth/login', { code: `wxcode-${who}.first`, scene });
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ roles: ['reporter'], kind: 'guest', hospitalId: hospital.hospitalId });
    const again = await api.post<Signed>('/v1/auth/login', { code: `wxcode-${who}.second` });
    expect(again.body.user.id).toBe(first.body.user.id);
    // A wx.login code is single-use: WeChat answers 40163 and the API says 401.
    const reused = await api.post<ErrorBody>('/v1/auth/login', { code: `wxcode-${who}.first`, scene });
    expect(reused.status).toBe(401);
    expect(reused.body.error.messageZh).toContain('微信');
  });

  it('refuses dev-login for a user that does not exist', async () => {
    const res = await api.post<ErrorBody>('/v1/auth/dev-login', { hospitalId: hospital.hospitalId, userId: 'nobody' });
    expect(res.status).toBe(404);
  });
});
