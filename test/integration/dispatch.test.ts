import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { addUser, setCategory } from '../support/catalogEdits';
import { allTickets } from '../support/pages';

let hospital: TestHospital;
let nurse: ApiClient;
let doctor: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let sun: ApiClient;
let manager: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, doctor, desk, zhao, sun, manager] = await Promise.all([
    as(hospital.users.nurse),
    as(hospital.users.doctor),
    as(hospital.users.dispatcher),
    as(hospital.users.electrician),
    as(hospital.users.plumber),
    as(hospital.users.manager),
  ]);
});

async function newTicket(overrides: Record<string, unknown> = {}, by: ApiClient = nurse): Promise<Ticket> {
  const res = await by.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: `插座没电 ${++n}`, urgency: 'normal', notADuplicate: true, ...overrides },
    { headers: { 'idempotency-key': `dispatch-${Date.now()}-${n}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

const command = <T = Ticket>(client: ApiClient, id: string, verb: string, body?: unknown) => client.post<T & ErrorBody>(`/v1/tickets/${id}/${verb}`, body);

describe('the whole happy path', () => {
  it('runs a ticket from report to callback, each step recorded with who and when', async () => {
    const t = await newTicket();
    expect((await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' })).body.status).toBe('assigned');
    const jobs = await zhao.get<TicketPage>('/v1/tickets', { query: { scope: 'assigned' } });
    expect(jobs.body.items.map((j) => j.id)).toContain(t.id);
    expect((await command(zhao, t.id, 'accept')).body.status).toBe('accepted');
    expect((await command(zhao, t.id, 'arrive', { qrCode: hospital.rooms.nurseStation.qrCode })).body.status).toBe('on_site');
    const done = await command(zhao, t.id, 'complete', { note: '更换插座', parts: [{ name: '五孔插座', quantity: 1, unitCost: 25.5 }] });
    expect(done.body).toMatchObject({ status: 'completed', completion: { partsCost: 25.5 } });
    const callbacks = await desk.get<TicketPage>('/v1/tickets', { query: { scope: 'callbacks' } });
    expect(callbacks.body.items.map((c) => c.id)).toContain(t.id);
    expect((await command(nurse, t.id, 'confirm', { satisfied: true })).body.status).toBe('confirmed');
    expect((await command(nurse, t.id, 'rate', { score: 5, comment: '很快' })).body.rating).toMatchObject({ score: 5 });
    const closed = await command(desk, t.id, 'callback', { reached: true, satisfied: true, note: '满意' });
    expect(closed.body.status).toBe('closed');

    const detail = await nurse.get<TicketDetail>(`/v1/tickets/${t.id}`);
    expect(detail.body.events.map((e) => e.type)).toEqual(['submitted', 'assigned', 'accepted', 'arrived', 'completed', 'confirmed', 'rated', 'called_back']);
    expect(detail.body.events.map((e) => e.actor.id)).toEqual(['nurse-li', 'desk-wang', 'tech-zhao', 'tech-zhao', 'tech-zhao', 'nurse-li', 'nurse-li', 'desk-wang']);
    const afterCallback = await desk.get<TicketPage>('/v1/tickets', { query: { scope: 'callbacks' } });
    expect(afterCallback.body.items.map((c) => c.id)).not.toContain(t.id);
  });

  it('keeps the repair in the device’s history', async () => {
    const t = await newTicket({ qrCode: hospital.assets.wardAirConditioner.qrCode, categoryCode: 'hvac', description: '空调不制冷' });
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    const history = await zhao.get<TicketPage>(`/v1/assets/${hospital.assets.wardAirConditioner.id}/history`);
    expect(history.body.items[0]?.id).toBe(t.id);
    expect((await nurse.get(`/v1/assets/${hospital.assets.wardAirConditioner.id}/history`)).status).toBe(403);
  });
});

describe('illegal moves', () => {
  it.each([
    ['accept twice', 'accepted', 'accept', undefined],
    ['complete before arriving', 'assigned', 'complete', { note: 'x' }],
    ['confirm before completion', 'assigned', 'confirm', { satisfied: true }],
    ['resume what is not on hold', 'assigned', 'resume', undefined],
  ])('%s → 409 with the moves allowed now', async (_name, state, verb, body) => {
    const t = await newTicket();
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    if (state === 'accepted') await command(zhao, t.id, 'accept');
    const actor = verb === 'confirm' ? nurse : zhao;
    const res = await command(actor, t.id, verb, body);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('illegal_transition');
    expect(res.body.error.messageZh).toContain('当前可执行');
  });

  it('refuses arrival scanned at another place', async () => {
    const t = await newTicket();
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    await command(zhao, t.id, 'accept');
    const res = await command(zhao, t.id, 'arrive', { qrCode: hospital.rooms.lobby.qrCode });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.code).toBe('wrong_place');
  });
});

describe('two people at once', () => {
  it('lets exactly one of two concurrent assignments win, every time, with nothing half-written', async () => {
    for (let round = 0; round < 10; round++) {
      const t = await newTicket();
      const desk2 = await api.as(hospital.hospitalId, hospital.users.dispatcher);
      const results = await Promise.all([
        command(desk, t.id, 'assign', { technicianId: 'tech-zhao' }),
        command(desk2, t.id, 'assign', { technicianId: 'tech-sun' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const detail = await desk.get<TicketDetail>(`/v1/tickets/${t.id}`);
      expect(detail.body.events.map((e) => e.type)).toEqual(['submitted', 'assigned']);
      const winner = results.find((r) => r.status === 200)!;
      expect(detail.body.ticket.assignee?.id).toBe(winner.body.assignee?.id);
      expect(detail.body.ticket.version).toBe(2);
    }
  });

  it('gives a pool job (抢单) to exactly one of two technicians grabbing it', async () => {
    // Both are qualified for building repairs; the category is switched to the grab pool the way an admin would.
    await setCategory(hospital, 'building', { dispatchMode: 'grab' });
    const t = await newTicket({ categoryCode: 'building', description: '门锁坏了' });
    expect(t.inGrabPool).toBe(true);
    const pool = await allTickets(sun, { scope: 'pool' });
    expect(pool.map((p) => p.id)).toContain(t.id);
    const results = await Promise.all([command(zhao, t.id, 'grab'), command(sun, t.id, 'grab')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    expect(winner.body).toMatchObject({ status: 'accepted', inGrabPool: false });
    await setCategory(hospital, 'building', { dispatchMode: 'manual' });
  });
});

describe('assignment help', () => {
  it('ranks skilled technicians first, with the reasons shown', async () => {
    const t = await newTicket({ categoryCode: 'water', description: '下水道堵塞', qrCode: hospital.rooms.ward.qrCode });
    const res = await desk.get<{ items: { user: { id: string }; skilled: boolean; reasons: { zh: string }[] }[] }>(`/v1/tickets/${t.id}/candidates`);
    expect(res.body.items[0]).toMatchObject({ user: { id: 'tech-sun' }, skilled: true });
    expect(res.body.items[0]?.reasons.map((r) => r.zh)).toContain('具备该类别技能');
    expect((await nurse.get(`/v1/tickets/${t.id}/candidates`)).status).toBe(403);
  });

  it('auto-dispatches to the top candidate when the category says so; the desk can still reassign', async () => {
    await setCategory(hospital, 'it', { dispatchMode: 'auto' });
    const t = await newTicket({ categoryCode: 'it', description: '打印机故障' });
    expect(t).toMatchObject({ status: 'assigned', assignee: { id: 'tech-zhao' } });
    const detail = await desk.get<TicketDetail>(`/v1/tickets/${t.id}`);
    expect(detail.body.events[1]).toMatchObject({ type: 'auto_assigned', actor: { id: 'system' } });
    const moved = await command(desk, t.id, 'assign', { technicianId: 'tech-sun', reason: '赵师傅在手术室' });
    expect(moved.body.assignee?.id).toBe('tech-sun');
    await setCategory(hospital, 'it', { dispatchMode: 'manual' });
  });

  it('lets a technician hand a job back (退单) or ask for a transfer (转单), and the desk sees it', async () => {
    const t = await newTicket();
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    const asked = await command(zhao, t.id, 'transfer-request', { reason: '需要水工配合' });
    expect(asked.body.transferRequest).toMatchObject({ byId: 'tech-zhao', reason: '需要水工配合' });
    const back = await command(zhao, t.id, 'hand-back', { reason: '不是电路问题' });
    expect(back.body).toMatchObject({ status: 'submitted', assignee: null });
    const queue = await allTickets(desk, { scope: 'queue', status: 'submitted' });
    expect(queue.map((q) => q.id)).toContain(t.id);
    // Handed back, it is no longer theirs to see.
    expect((await command(zhao, t.id, 'hand-back', { reason: 'x' })).status).toBe(404);
  });
});

describe('reopen, merge, cancel, follow', () => {
  async function completed(): Promise<Ticket> {
    const t = await newTicket();
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    await command(zhao, t.id, 'accept');
    await command(zhao, t.id, 'arrive', { qrCode: hospital.rooms.nurseStation.qrCode });
    return (await command(zhao, t.id, 'complete', { note: '已修复' })).body;
  }

  it('reopens to the same technician and counts it against first-time fix', async () => {
    const t = await completed();
    const res = await command(nurse, t.id, 'reopen', { reason: '又不亮了' });
    expect(res.body).toMatchObject({ status: 'assigned', assignee: { id: 'tech-zhao' }, reopenCount: 1 });
  });

  it('reopens on an unsatisfied confirmation by a colleague of the same department', async () => {
    const t = await completed();
    const colleague = await api.as(hospital.hospitalId, hospital.users.nurse);
    const res = await command(colleague, t.id, 'confirm', { satisfied: false, note: '没修好' });
    expect(res.body).toMatchObject({ status: 'assigned', reopenCount: 1 });
  });

  it('merges a duplicate: it is cancelled, and its reporter follows and may read the other', async () => {
    const original = await newTicket({ categoryCode: 'hvac', description: '空调漏水', qrCode: hospital.rooms.ward.qrCode });
    const dup = await newTicket({ categoryCode: 'hvac', description: '空调滴水', qrCode: hospital.rooms.ward.qrCode }, doctor);
    expect((await doctor.get(`/v1/tickets/${original.id}`)).status).toBe(404);
    const merged = await command(desk, dup.id, 'merge', { intoTicketId: original.id });
    expect(merged.body).toMatchObject({ status: 'cancelled', mergedIntoId: original.id });
    const seen = await doctor.get<TicketDetail>(`/v1/tickets/${original.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.ticket).toMatchObject({ following: true, followerCount: 1 });
  });

  it('lets the reporter cancel before acceptance but not after', async () => {
    const t = await newTicket();
    expect((await command(nurse, t.id, 'cancel', { reason: '已自行解决' })).body.status).toBe('cancelled');
    const u = await newTicket();
    await command(desk, u.id, 'assign', { technicianId: 'tech-zhao' });
    await command(zhao, u.id, 'accept');
    expect((await command(nurse, u.id, 'cancel', { reason: '不需要了' })).status).toBe(409);
  });

  it('opens a complaint with its own clock on a low rating', async () => {
    const t = await completed();
    await command(nurse, t.id, 'confirm', { satisfied: true });
    const rated = await command(nurse, t.id, 'rate', { score: 1, comment: '等了很久' });
    expect(rated.body.complaint).not.toBeNull();
    const step = await command(desk, t.id, 'complaint', { step: 'respond', note: '已致电安抚' });
    expect(step.body.complaint?.respondedAt).toEqual(expect.any(String));
    expect((await command(manager, t.id, 'complaint', { step: 'resolve', note: 'x' })).status).toBe(403);
  });
});

describe('shift handover (交接班)', () => {
  it('lists exactly the unfinished tickets, and records who handed over to whom', async () => {
    const other = await createTestHospital();
    const otherDesk = await api.as(other.hospitalId, other.users.dispatcher);
    const otherNurse = await api.as(other.hospitalId, other.users.nurse);
    let i = 0;
    const mk = async (d: string) =>
      (
        await otherNurse.post<Ticket>(
          '/v1/tickets',
          { qrCode: other.rooms.lobby.qrCode, categoryCode: 'cleaning', description: d, urgency: 'normal', notADuplicate: true },
          { headers: { 'idempotency-key': `ho-${++i}-${Date.now()}` } },
        )
      ).body;
    const open1 = await mk('垃圾未清运');
    const open2 = await mk('卫生间脏');
    const gone = await mk('地面湿滑');
    await otherNurse.post(`/v1/tickets/${gone.id}/cancel`, { reason: '已处理' });
    const sheet = await otherDesk.get<{ open: { ticket: { id: string } }[] }>('/v1/handover');
    expect(sheet.body.open.map((o) => o.ticket.id).sort()).toEqual([open1.id, open2.id].sort());
    await addUser(other, { id: 'desk-liu', name: '刘调度', roles: ['dispatcher'] });
    const recorded = await otherDesk.post<{ ticketCount: number }>('/v1/handover', { toUserId: 'desk-liu', note: '2 单待派' });
    expect(recorded.status).toBe(201);
    expect(recorded.body.ticketCount).toBe(2);
    expect((await otherNurse.get('/v1/handover')).status).toBe(403);
  });
});

describe('the desk queue', () => {
  it('comes a page at a time, emergencies first, filtered in the database, nothing lost between pages', async () => {
    const other = await createTestHospital();
    const otherNurse = await api.as(other.hospitalId, other.users.nurse);
    const otherDesk = await api.as(other.hospitalId, other.users.dispatcher);
    const made: Ticket[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await otherNurse.post<Ticket>(
        '/v1/tickets',
        { qrCode: other.rooms.lobby.qrCode, categoryCode: i === 6 ? 'fire' : 'it', description: `排队 ${i}`, urgency: i === 6 ? 'emergency' : 'normal', notADuplicate: true },
        { headers: { 'idempotency-key': `queue-${Date.now()}-${i}` } },
      );
      made.push(res.body);
    }
    const first = await otherDesk.get<TicketPage>('/v1/tickets', { query: { scope: 'queue', limit: 3 } });
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items[0]?.id).toBe(made[6]!.id); // the emergency leads
    const all = await allTickets(otherDesk, { scope: 'queue', limit: 3 });
    expect(all.map((t) => t.id).sort()).toEqual(made.map((t) => t.id).sort());
    const fire = await allTickets(otherDesk, { scope: 'queue', category: 'fire', limit: 2 });
    expect(fire.map((t) => t.id)).toEqual([made[6]!.id]);
  });
});
