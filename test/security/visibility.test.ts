import { randomUUID } from 'node:crypto';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { QrLookup, Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import type { Upload } from '../../functions/src/contract/uploads';
import { api, type ApiClient } from '../support/api';
import { addUser } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';

/**
 * Who sees what, tried as an attacker would over HTTP (README: "Who sees what"): a guest
 * harvesting, a follower and a reporter of another department looking for personal data,
 * staff reaching for other roles' routes, and every read from another hospital. Each expected
 * outcome is written by hand in the tables below, never taken from the policy.
 */

let a: TestHospital;
let b: TestHospital;
const c = {} as Record<Who, ApiClient>;
type Who =
  | 'nurse'
  | 'colleague'
  | 'doctor'
  | 'desk'
  | 'zhao'
  | 'sun'
  | 'manager'
  | 'admin'
  | 'guest'
  | 'otherGuest'
  | 'otherDesk'
  | 'otherManager'
  | 'otherNurse'
  | 'otherGuestOfB';

const RISKY = '【违规测试】';
const PHONE = '139 0000 1234';
let wardTicket: Ticket;
let guestTicket: Ticket;
let heldTicket: Ticket;

const key = () => ({ headers: { 'idempotency-key': `vis-${randomUUID()}` } });
const report = (who: ApiClient, body: Record<string, unknown>) =>
  who.post<Ticket & ErrorBody>('/v1/tickets', { urgency: 'normal', notADuplicate: true, ...body }, key());

async function ok<T>(p: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`setup step failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A guest as the table holds one: a WeChat account not linked to a staff record. */
async function guestOf(hospital: TestHospital, id: string): Promise<ApiClient> {
  await addUser(hospital, { id, name: '微信用户', roles: ['reporter'], kind: 'guest', openid: `openid-${id}` });
  return api.as(hospital.hospitalId, id);
}

/** A JPEG photo uploaded by `who` (the start marker is enough for S3, which never decodes it). */
async function photo(who: ApiClient): Promise<string> {
  const upload = await ok(who.post<Upload>('/v1/uploads', { contentType: 'image/jpeg' }));
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  const bytes = new Uint8Array(64).fill(7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], 62);
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'photo');
  expect((await fetch(upload.url, { method: 'POST', body: form })).status).toBe(204);
  return upload.key;
}

beforeAll(async () => {
  [a, b] = await Promise.all([createTestHospital(), createTestHospital()]);
  await addUser(a, { id: 'nurse-he', name: '何护士', roles: ['reporter'], department: '心内科病区' });
  const staffOfA: Partial<Record<Who, string>> = {
    nurse: a.users.nurse,
    colleague: 'nurse-he',
    doctor: a.users.doctor,
    desk: a.users.dispatcher,
    zhao: a.users.electrician,
    sun: a.users.plumber,
    manager: a.users.manager,
    admin: a.users.admin,
  };
  const staffOfB: Partial<Record<Who, string>> = { otherDesk: b.users.dispatcher, otherManager: b.users.manager, otherNurse: b.users.nurse };
  await Promise.all([
    ...Object.entries(staffOfA).map(async ([who, id]) => (c[who as Who] = await api.as(a.hospitalId, id))),
    ...Object.entries(staffOfB).map(async ([who, id]) => (c[who as Who] = await api.as(b.hospitalId, id))),
    guestOf(a, `guest-${randomUUID().slice(0, 8)}`).then((g) => (c.guest = g)),
    guestOf(a, `guest-${randomUUID().slice(0, 8)}`).then((g) => (c.otherGuest = g)),
    guestOf(b, `guest-${randomUUID().slice(0, 8)}`).then((g) => (c.otherGuestOfB = g)),
  ]);

  // 李护士 reports at the ward with her phone and a photo; the desk assigns 赵师傅; 吴医生 (another department) follows.
  wardTicket = await ok(report(c.nurse, { qrCode: a.rooms.ward.qrCode, categoryCode: 'power', description: '插座冒烟', contactPhone: PHONE, photoKeys: [await photo(c.nurse)] }));
  await ok(c.desk.post(`/v1/tickets/${wardTicket.id}/assign`, { technicianId: a.users.electrician }));
  await ok(c.doctor.post(`/v1/tickets/${wardTicket.id}/follow`));
  // A guest scans the lobby label and reports there; the desk assigns 孙师傅.
  await ok(c.guest.get(`/v1/qr/${a.rooms.lobby.qrCode}`));
  guestTicket = await ok(report(c.guest, { qrCode: a.rooms.lobby.qrCode, categoryCode: 'water', description: '洗手池漏水', contactPhone: PHONE }));
  await ok(c.desk.post(`/v1/tickets/${guestTicket.id}/assign`, { technicianId: a.users.plumber }));
  // The same guest's text the content check holds.
  heldTicket = await ok(report(c.guest, { qrCode: a.rooms.lobby.qrCode, categoryCode: 'it', description: `网络不通 ${RISKY}` }));
});

/** A path of the tables, with the ids of this run put in: {ward}, {wardNumber}, {guestTicket}, {elevator}. */
function resolve(path: string): string {
  return path
    .replace('{ward}', wardTicket.id)
    .replace('{wardNumber}', wardTicket.number)
    .replace('{guestTicket}', guestTicket.id)
    .replace('{elevator}', a.assets.elevator.id);
}

async function call(who: Who, method: 'GET' | 'POST', path: string, body?: unknown) {
  return method === 'GET' ? c[who].get<ErrorBody>(resolve(path)) : c[who].post<ErrorBody>(resolve(path), body ?? {});
}

type Seen = 'personal' | 'full' | 'summary';
const asDetail = (body: unknown) => body as TicketDetail;

/** What a view shows of the people and photos, so a row can say which view it expects. */
function seen(detail: TicketDetail): Seen {
  const t = detail.ticket;
  if (t.view === 'summary') return 'summary';
  return t.reporter ? 'personal' : 'full';
}

describe('reading a ticket', () => {
  // who, which ticket, HTTP status, the view they get (null: none at all)
  const rows: [Who, 'ward' | 'guest', number, Seen | null][] = [
    ['nurse', 'ward', 200, 'personal'],
    ['zhao', 'ward', 200, 'personal'],
    ['desk', 'ward', 200, 'personal'],
    ['manager', 'ward', 200, 'personal'],
    ['admin', 'ward', 200, 'full'],
    ['colleague', 'ward', 200, 'full'],
    ['doctor', 'ward', 200, 'summary'],
    ['sun', 'ward', 404, null],
    ['guest', 'ward', 404, null],
    ['otherDesk', 'ward', 404, null],
    ['otherManager', 'ward', 404, null],
    ['guest', 'guest', 200, 'personal'],
    ['otherGuest', 'guest', 404, null],
    ['nurse', 'guest', 404, null],
    ['sun', 'guest', 200, 'personal'],
    ['desk', 'guest', 200, 'personal'],
    ['otherDesk', 'guest', 404, null],
    ['otherGuestOfB', 'guest', 404, null],
  ];
  it.each(rows)('%s reading the %s ticket: %i, %s', async (who, which, status, view) => {
    const id = which === 'ward' ? wardTicket.id : guestTicket.id;
    const res = await c[who].get(`/v1/tickets/${id}`);
    expect(res.status).toBe(status);
    if (view) expect(seen(asDetail(res.body))).toBe(view);
  });

  it('gives a follower of another department the summary: no personal data, no photos, no names, no notes', async () => {
    const { ticket, events } = asDetail((await c.doctor.get(`/v1/tickets/${wardTicket.id}`)).body);
    expect(ticket).toMatchObject({ number: wardTicket.number, status: 'assigned', description: '插座冒烟', view: 'summary' });
    expect(ticket).toMatchObject({ reporter: null, contactPhone: null, assignee: null, photos: [], photoKeys: [] });
    expect(ticket.deadlines.acceptBy).toEqual(expect.any(String));
    // Reported, assigned, and the follower's own follow: each by role only.
    expect(events.map((e) => e.actor)).toEqual([
      { id: null, name: null, role: 'reporter' },
      { id: null, name: null, role: 'dispatcher' },
      { id: null, name: null, role: 'reporter' },
    ]);
    expect(events.map((e) => e.note)).toEqual([null, null, null]);
    const text = JSON.stringify({ ticket, events });
    for (const secret of ['李护士', '心内科', PHONE, '赵师傅', 'nurse-li', 'tech-zhao']) expect(text).not.toContain(secret);
  });

  it('answers the follow command itself with the summary, not the full ticket', async () => {
    const other = await ok(report(c.nurse, { qrCode: a.rooms.nurseStation.qrCode, categoryCode: 'power', description: '灯不亮', contactPhone: PHONE, photoKeys: [await photo(c.nurse)] }));
    const followed = await c.manager.post<Ticket>(`/v1/tickets/${other.id}/follow`);
    expect(followed.status).toBe(200);
    // The manager reads it in full anyway (all of the hospital), with the personal data.
    expect(followed.body).toMatchObject({ view: 'full', reporter: { name: '李护士' }, contactPhone: PHONE });
    const byDoctor = await c.doctor.post<Ticket>(`/v1/tickets/${other.id}/follow`);
    expect(byDoctor.body).toMatchObject({ view: 'summary', reporter: null, contactPhone: null, photos: [] });
  });

  it('shows the full view without personal data to a colleague and an admin, with the photo', async () => {
    for (const who of ['colleague', 'admin'] as const) {
      const { ticket } = asDetail((await c[who].get(`/v1/tickets/${wardTicket.id}`)).body);
      expect(ticket).toMatchObject({ view: 'full', reporter: null, contactPhone: null, assignee: { name: '赵师傅' } });
      expect(ticket.photos).toHaveLength(1);
    }
  });

  it('shows a guest their own ticket without anyone’s name', async () => {
    const { ticket, events } = asDetail((await c.guest.get(`/v1/tickets/${guestTicket.id}`)).body);
    expect(ticket).toMatchObject({ view: 'full', status: 'assigned', assignee: null, contactPhone: PHONE });
    expect(events.map((e) => [e.actor.name, e.actor.role])).toEqual([
      [null, 'reporter'],
      [null, 'dispatcher'],
    ]);
    expect(JSON.stringify(ticket)).not.toContain('孙师傅');
  });
});

describe('a guest harvesting', () => {
  // who, method, path, expected status
  const rows: [Who, 'GET' | 'POST', string, number][] = [
    ['guest', 'GET', '/v1/locations', 403],
    ['guest', 'GET', '/v1/tickets?scope=queue', 403],
    ['guest', 'GET', '/v1/tickets?scope=assigned', 403],
    ['guest', 'GET', '/v1/tickets?scope=pool', 403],
    ['guest', 'GET', '/v1/tickets?scope=callbacks', 403],
    ['guest', 'GET', '/v1/admin/locations.csv', 403],
    ['guest', 'GET', '/v1/admin/assets.csv', 403],
    ['guest', 'GET', '/v1/admin/qr-labels', 403],
    ['guest', 'GET', '/v1/handover', 403],
    ['guest', 'GET', '/v1/dashboard', 403],
    ['guest', 'GET', '/v1/assets/{elevator}/history', 403],
    ['guest', 'GET', '/v1/tickets/{ward}/candidates', 403],
    ['guest', 'GET', '/v1/notifications/dead-letters', 403],
    ['guest', 'GET', '/v1/tickets/{ward}', 404],
    ['guest', 'POST', '/v1/tickets/{ward}/follow', 404],
    ['guest', 'POST', '/v1/tickets/{ward}/confirm', 404],
    ['guest', 'GET', '/v1/tickets/{wardNumber}', 404],
    ['guest', 'GET', '/v1/categories', 200],
    ['guest', 'GET', '/v1/me', 200],
    ['guest', 'GET', '/v1/tickets?scope=mine', 200],
  ];
  it.each(rows)('%s %s %s: %i', async (who, method, path, status) => {
    const res = await call(who, method, path, path.endsWith('/confirm') ? { satisfied: true } : {});
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body.error.messageZh).toEqual(expect.any(String));
  });

  it('lists only their own tickets as "mine"', async () => {
    const mine = await c.guest.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    expect(mine.body.items.map((t) => t.id).sort()).toEqual([guestTicket.id, heldTicket.id].sort());
    expect(mine.body.items.every((t) => t.assignee === null)).toBe(true);
    const others = await c.otherGuest.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
    expect(others.body.items).toEqual([]);
  });

  it('cannot report at a place they did not scan, by label or by picking it; after scanning, can', async () => {
    const byLabel = await report(c.otherGuest, { qrCode: a.rooms.ward.qrCode, categoryCode: 'water', description: '水龙头坏了' });
    expect(byLabel.status).toBe(403);
    expect(byLabel.body.error.messageZh).toContain('扫');
    const byPick = await report(c.otherGuest, { locationId: a.rooms.ward.id, categoryCode: 'water', description: '水龙头坏了' });
    expect(byPick.status).toBe(403);
    // The scan: the place, and what is already reported there as a bare summary the guest cannot open.
    const lookup = await c.otherGuest.get<QrLookup>(`/v1/qr/${a.rooms.ward.qrCode}`);
    expect(lookup.status).toBe(200);
    const open = lookup.body.openTickets.find((t) => t.id === wardTicket.id);
    expect(open).toMatchObject({ number: wardTicket.number, description: '插座冒烟', mayOpen: false });
    expect(Object.keys(open ?? {})).not.toEqual(expect.arrayContaining(['assignee']));
    expect(JSON.stringify(lookup.body.openTickets)).not.toMatch(/李护士|赵师傅|nurse-li|tech-zhao|139/);
    const afterScan = await report(c.otherGuest, { qrCode: a.rooms.ward.qrCode, categoryCode: 'water', description: '水龙头坏了' });
    expect(afterScan.status).toBe(201);
    // A scan in one hospital opens nothing in another: the same label text there is another label.
    const elsewhere = await report(c.otherGuestOfB, { qrCode: a.rooms.ward.qrCode, categoryCode: 'water', description: '水龙头坏了' });
    expect(elsewhere.status).toBe(403);
  });

  it('confirms and rates their own repair', async () => {
    await ok(c.sun.post(`/v1/tickets/${guestTicket.id}/accept`));
    await ok(c.sun.post(`/v1/tickets/${guestTicket.id}/arrive`, { qrCode: a.rooms.lobby.qrCode }));
    await ok(c.sun.post(`/v1/tickets/${guestTicket.id}/complete`, { note: '换了阀门' }));
    expect((await c.otherGuest.post(`/v1/tickets/${guestTicket.id}/confirm`, { satisfied: true })).status).toBe(404);
    const confirmed = await c.guest.post<Ticket>(`/v1/tickets/${guestTicket.id}/confirm`, { satisfied: true });
    expect(confirmed.status).toBe(200);
    const rated = await c.guest.post<Ticket>(`/v1/tickets/${guestTicket.id}/rate`, { score: 5 });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toMatchObject({ score: 5 });
  });
});

describe('text held by the content check', () => {
  // who, the description they read
  const rows: [Who, 'the text' | 'nothing'][] = [
    ['guest', 'the text'],
    ['desk', 'the text'],
    ['manager', 'nothing'],
    ['admin', 'nothing'],
  ];
  it.each(rows)('%s reads %s while it is held', async (who, expected) => {
    const { ticket } = asDetail((await c[who].get(`/v1/tickets/${heldTicket.id}`)).body);
    expect(ticket.descriptionHeld).toBe(true);
    expect(ticket.description).toBe(expected === 'the text' ? `网络不通 ${RISKY}` : '');
  });

  it('is not shown to whoever scans the label, and shown to all who may read the ticket once the desk releases it', async () => {
    const lookup = await c.nurse.get<QrLookup>(`/v1/qr/${a.rooms.lobby.qrCode}`);
    expect(lookup.body.openTickets.find((t) => t.id === heldTicket.id)).toMatchObject({ description: '', descriptionHeld: true });
    await ok(c.desk.post(`/v1/tickets/${heldTicket.id}/assign`, { technicianId: a.users.electrician }));
    const { ticket } = asDetail((await c.manager.get(`/v1/tickets/${heldTicket.id}`)).body);
    expect(ticket).toMatchObject({ description: `网络不通 ${RISKY}`, descriptionHeld: false });
  });
});

describe('role escalation', () => {
  // who, method, path, body, expected status
  const rows: [Who, 'GET' | 'POST', string, unknown, number][] = [
    ['nurse', 'POST', '/v1/tickets/{ward}/assign', { technicianId: 'tech-sun' }, 403],
    ['nurse', 'GET', '/v1/tickets?scope=queue', undefined, 403],
    ['nurse', 'GET', '/v1/tickets?scope=callbacks', undefined, 403],
    ['nurse', 'GET', '/v1/tickets/{ward}/candidates', undefined, 403],
    ['nurse', 'GET', '/v1/handover', undefined, 403],
    ['nurse', 'GET', '/v1/dashboard', undefined, 403],
    ['nurse', 'GET', '/v1/admin/locations.csv', undefined, 403],
    ['nurse', 'POST', '/v1/admin/users', { id: 'evil', name: '坏人', roles: ['admin'] }, 403],
    ['zhao', 'GET', '/v1/tickets?scope=queue', undefined, 403],
    ['zhao', 'GET', '/v1/tickets/{ward}/candidates', undefined, 403],
    ['zhao', 'POST', '/v1/admin/users', { id: 'evil', name: '坏人', roles: ['admin'] }, 403],
    ['sun', 'GET', '/v1/tickets/{ward}', undefined, 404],
    ['sun', 'POST', '/v1/tickets/{ward}/accept', {}, 404],
    ['sun', 'POST', '/v1/tickets/{ward}/complete', { note: '修好了' }, 404],
    ['manager', 'POST', '/v1/tickets/{ward}/assign', { technicianId: 'tech-sun' }, 403],
    ['doctor', 'POST', '/v1/tickets/{ward}/cancel', { reason: '不需要了' }, 403],
    ['desk', 'POST', '/v1/admin/users', { id: 'evil', name: '坏人', roles: ['admin'] }, 403],
  ];
  it.each(rows)('%s %s %s: %i', async (who, method, path, body, status) => {
    expect((await call(who, method, path, body)).status).toBe(status);
  });
});

describe('every read from another hospital', () => {
  // who (of hospital B), what they try on hospital A's data, expected status
  const rows: [Who, 'GET' | 'POST', string, unknown, number][] = [
    ['otherDesk', 'GET', '/v1/tickets/{ward}', undefined, 404],
    ['otherManager', 'GET', '/v1/tickets/{ward}', undefined, 404],
    ['otherNurse', 'GET', '/v1/tickets/{ward}', undefined, 404],
    ['otherGuestOfB', 'GET', '/v1/tickets/{guestTicket}', undefined, 404],
    ['otherDesk', 'GET', '/v1/tickets/{ward}/candidates', undefined, 404],
    ['otherDesk', 'POST', '/v1/tickets/{ward}/assign', { technicianId: 'tech-zhao' }, 404],
    ['otherNurse', 'POST', '/v1/tickets/{ward}/follow', {}, 404],
    ['otherManager', 'GET', '/v1/assets/{elevator}/history', undefined, 200],
  ];
  it.each(rows)('%s %s %s: %i', async (who, method, path, body, status) => {
    expect((await call(who, method, path, body)).status).toBe(status);
  });

  it('lists none of hospital A’s tickets in hospital B’s queue, lists or device history', async () => {
    const ids = [wardTicket.id, guestTicket.id, heldTicket.id];
    const queue = await c.otherDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', limit: 50 } });
    expect(queue.status).toBe(200);
    for (const id of ids) expect(queue.body.items.map((t) => t.id)).not.toContain(id);
    const history = await c.otherManager.get<TicketPage>(`/v1/assets/${a.assets.elevator.id}/history`);
    expect(history.body.items).toEqual([]);
    const lookup = await c.otherNurse.get<QrLookup>(`/v1/qr/${a.rooms.ward.qrCode}`);
    expect(lookup.body.openTickets.map((t) => t.id)).not.toContain(wardTicket.id);
  });
});
