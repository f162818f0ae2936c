import type { ErrorBody } from '../../functions/src/contract/common';
import type { Dashboard } from '../../functions/src/contract/dashboard';
import type { PlaceAssetList, PlaceList } from '../../functions/src/contract/places';
import type { Ticket, TicketPage } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { allTickets } from '../support/pages';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher)]);
});

function report(by: ApiClient, body: Record<string, unknown>) {
  return by.post<Ticket & ErrorBody>(
    '/v1/tickets',
    { categoryCode: 'hvac', description: `空调不制冷 ${++n}`, urgency: 'normal', notADuplicate: true, ...body },
    { headers: { 'idempotency-key': `hotline-${Date.now()}-${n}` } },
  );
}

const search = (client: ApiClient, query: Record<string, string | number>) => client.get<TicketPage & ErrorBody>('/v1/tickets', { query: { scope: 'search', ...query } });
const ids = (page: { items: { id: string }[] }) => page.items.map((t) => t.id);

describe('the desk finds the caller’s place', () => {
  it('by pinyin initials, with the path from the campus down', async () => {
    const res = await desk.get<PlaceList>('/v1/places', { query: { q: 'hsz' } });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: 'T1-0201', name: '护士站', type: 'room', roomUse: 'nurse_station', qrCode: hospital.rooms.nurseStation.qrCode, path: ['本部', '测试楼', '2层', '护士站'] },
    ]);
  });

  it('by a part of the name or the label code', async () => {
    expect(ids((await desk.get<PlaceList>('/v1/places', { query: { q: '病房' } })).body)).toEqual(['T1-0202']);
    expect(ids((await desk.get<PlaceList>('/v1/places', { query: { q: hospital.rooms.icu.qrCode } })).body)).toEqual(['T1-0203']);
  });

  it('lists the devices there to pick from', async () => {
    const res = await desk.get<PlaceAssetList>(`/v1/places/${hospital.rooms.ward.id}/assets`);
    expect(ids(res.body).sort()).toEqual(['T1-0202-AC1', 'T1-0202-O21']);
  });

  it('is the desk’s tool only', async () => {
    expect((await nurse.get('/v1/places', { query: { q: 'hsz' } })).status).toBe(403);
    expect((await nurse.get(`/v1/places/${hospital.rooms.ward.id}/assets`)).status).toBe(403);
  });
});

describe('a report the desk takes by phone', () => {
  it('keeps the channel and the caller on the ticket and contacts the caller’s phone', async () => {
    const res = await report(desk, {
      locationId: hospital.rooms.ward.id,
      assetId: hospital.assets.wardAirConditioner.id,
      channel: 'phone',
      caller: { name: '张大爷', phone: '139 1234 5678', department: '门诊' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      channel: 'phone',
      caller: { name: '张大爷', phone: '139 1234 5678', department: '门诊' },
      contactPhone: '139 1234 5678',
      reporter: { id: 'desk-wang', phone: null },
      asset: { id: 'T1-0202-AC1' },
      status: 'submitted',
    });
  });

  it('needs the caller for a phone report', async () => {
    const res = await report(desk, { locationId: hospital.rooms.ward.id, channel: 'phone' });
    expect(res.status).toBe(400);
  });

  it('is refused to a reporter entering someone else’s call', async () => {
    const res = await report(nurse, { locationId: hospital.rooms.ward.id, channel: 'phone', caller: { name: '张大爷', phone: '13912345678' } });
    expect(res.status).toBe(403);
  });

  it('belongs to a caller who is a user: in their list, with their phone for the callback', async () => {
    const res = await report(desk, { locationId: hospital.rooms.nurseStation.id, categoryCode: 'power', channel: 'phone', reporterId: 'nurse-li', caller: { name: '李护士', phone: '13800138001' } });
    expect(res.status).toBe(201);
    expect(res.body.reporter).toEqual({ id: 'nurse-li', name: '李护士', department: '心内科病区', phone: '13800138001' });
    expect(ids((await nurse.get<TicketPage>('/v1/tickets', { query: { scope: 'mine' } })).body)).toContain(res.body.id);
  });
});

describe('the desk’s search', () => {
  let called: Ticket;
  let own: Ticket;

  beforeAll(async () => {
    called = (await report(desk, { locationId: hospital.rooms.icu.id, categoryCode: 'power', channel: 'walk_in', caller: { name: '王阿姨', phone: '137-0000-1111' } })).body;
    own = (await report(nurse, { qrCode: hospital.rooms.lobby.qrCode, categoryCode: 'it', contactPhone: '13700002222' })).body;
  });

  it('finds a ticket by the caller’s phone however it is typed, and by its start', async () => {
    expect(ids((await search(desk, { q: '13700001111' })).body)).toEqual([called.id]);
    expect(ids((await search(desk, { q: '137 0000 1111' })).body)).toEqual([called.id]);
    expect(ids((await search(desk, { q: '1370000' })).body).sort()).toEqual([called.id, own.id].sort());
  });

  it('finds by ticket number, and by a caller’s or reporter’s name', async () => {
    expect(ids((await search(desk, { q: called.number.toLowerCase() })).body)).toEqual([called.id]);
    expect(ids((await search(desk, { q: '王阿姨' })).body)).toEqual([called.id]);
    expect(ids((await search(desk, { q: '李护士' })).body)).toContain(own.id);
  });

  it('finds by place and by device', async () => {
    expect(ids((await search(desk, { location: hospital.rooms.icu.id })).body)).toEqual([called.id]);
    const byDevice = await search(desk, { asset: hospital.assets.wardAirConditioner.id });
    expect(byDevice.body.items.map((t) => t.asset?.id)).toEqual(['T1-0202-AC1']);
  });

  it('pages its answers', async () => {
    const first = await search(desk, { q: '137', limit: 1 });
    expect(first.body.items).toHaveLength(1);
    const all = await allTickets(desk, { scope: 'search', q: '137', limit: 1 });
    expect(all.map((t) => t.id).sort()).toEqual([called.id, own.id].sort());
  });

  it('stays within the hospital and the desk', async () => {
    const other = await createTestHospital();
    const otherDesk = await api.as(other.hospitalId, other.users.dispatcher);
    expect((await search(otherDesk, { q: '13700001111' })).body.items).toEqual([]);
    expect((await search(nurse, { q: '13700001111' })).status).toBe(403);
    expect((await search(desk, {})).status).toBe(400);
  });
});

describe('the queue, paged by the server', () => {
  let quiet: TestHospital;
  let quietDesk: ApiClient;
  let quietNurse: ApiClient;
  let quietZhao: ApiClient;
  const made: Ticket[] = [];

  beforeAll(async () => {
    quiet = await createTestHospital();
    const as = (id: string) => api.as(quiet.hospitalId, id);
    [quietDesk, quietNurse, quietZhao] = await Promise.all([as(quiet.users.dispatcher), as(quiet.users.nurse), as(quiet.users.electrician)]);
    for (let i = 0; i < 5; i++) {
      made.push((await report(quietNurse, { qrCode: quiet.rooms.lobby.qrCode, categoryCode: 'power', urgency: i === 4 ? 'urgent' : 'normal' })).body);
    }
    // One is repaired: it leaves the open queue and waits for its callback.
    const done = made[0]!;
    const step = (client: ApiClient, verb: string, body?: unknown) => client.post<Ticket>(`/v1/tickets/${done.id}/${verb}`, body);
    expect((await step(quietDesk, 'assign', { technicianId: 'tech-zhao' })).status).toBe(200);
    expect((await step(quietZhao, 'accept')).status).toBe(200);
    expect((await step(quietZhao, 'arrive', { qrCode: quiet.rooms.lobby.qrCode })).status).toBe(200);
    expect((await step(quietZhao, 'complete', { note: '更换空开' })).status).toBe(200);
  });

  it('answers the first page with the total of the whole listing, urgent first', async () => {
    const first = await quietDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', limit: 2 } });
    expect(first.body.total).toBe(4);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]!.id).toBe(made[4]!.id);
    const all = await allTickets(quietDesk, { scope: 'queue', limit: 2 });
    expect(all.map((t) => t.id).sort()).toEqual([made[1]!.id, made[2]!.id, made[3]!.id, made[4]!.id].sort());
  });

  it('shows completed tickets under the completed filter, counted', async () => {
    const completed = await quietDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', status: 'completed' } });
    expect(completed.body.total).toBe(1);
    expect(completed.body.items.map((t) => [t.id, t.status])).toEqual([[made[0]!.id, 'completed']]);
  });

  it('counts filtered listings as they are filtered', async () => {
    const submitted = await quietDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', status: 'submitted', limit: 1 } });
    expect(submitted.body.total).toBe(4);
    const it = await quietDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', category: 'it' } });
    expect(it.body).toMatchObject({ items: [], total: 0 });
  });

  it('lists the callbacks owed a page at a time, with their total', async () => {
    const callbacks = await quietDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'callbacks', limit: 1 } });
    expect(callbacks.body.total).toBe(1);
    expect(ids(callbacks.body)).toEqual([made[0]!.id]);
  });
});

describe('the channel in the numbers', () => {
  it('counts the desk’s phone and walk-in reports apart from the reporters’ own', async () => {
    const counted = await createTestHospital();
    const as = (id: string) => api.as(counted.hospitalId, id);
    const [countedDesk, countedNurse, manager] = await Promise.all([as(counted.users.dispatcher), as(counted.users.nurse), as(counted.users.manager)]);
    const caller = { name: '张大爷', phone: '13912340000' };
    expect((await report(countedDesk, { locationId: counted.rooms.ward.id, channel: 'phone', caller })).status).toBe(201);
    expect((await report(countedDesk, { locationId: counted.rooms.icu.id, categoryCode: 'power', channel: 'phone', caller })).status).toBe(201);
    expect((await report(countedDesk, { locationId: counted.rooms.lobby.id, categoryCode: 'it', channel: 'walk_in', caller })).status).toBe(201);
    expect((await report(countedNurse, { qrCode: counted.rooms.nurseStation.qrCode, categoryCode: 'power' })).status).toBe(201);
    // The aggregates follow the table's stream: ask until all four are counted (bounded).
    const deadline = Date.now() + 60_000;
    let dashboard: Dashboard;
    do {
      dashboard = (await manager.get<Dashboard>('/v1/dashboard')).body;
      if (dashboard.tickets.reported >= 4) break;
      await new Promise((r) => setTimeout(r, 250));
    } while (Date.now() < deadline);
    expect(dashboard.tickets.byChannel).toEqual({ app: 1, phone: 2, walk_in: 1, wechat: 0 });
  });
});
