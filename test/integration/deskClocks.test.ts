import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketDetail, TicketSummary } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, runSlaScan } from '../support/localControls';
import { allTickets } from '../support/pages';

interface ComplaintPage {
  items: { ticket: TicketSummary; rating: { score: number } | null; clocks: { step: string; state: string; escalationLevel: number; overdueMinutes: number }[] }[];
  nextCursor: string | null;
}
interface HandoverSheet {
  open: { ticket: TicketSummary }[];
  openCount: number | null;
  nextCursor: string | null;
  callbacksDue: TicketSummary[];
  incoming: { id: string; name: string; onShift: boolean }[];
}

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, zhao] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.electrician)]);
});

const command = (client: ApiClient, id: string, verb: string, body?: unknown) => client.post<Ticket & ErrorBody>(`/v1/tickets/${id}/${verb}`, body);

async function newTicket(room: { qrCode: string }, urgency: 'normal' | 'urgent' | 'emergency'): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: room.qrCode, categoryCode: 'power', description: `停电 ${++n}`, urgency, notADuplicate: true },
    { headers: { 'idempotency-key': `clocks-${Date.now()}-${n}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

async function completedTicket(): Promise<Ticket> {
  const t = await newTicket(hospital.rooms.nurseStation, 'urgent');
  await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
  await command(zhao, t.id, 'accept');
  await command(zhao, t.id, 'arrive', { qrCode: hospital.rooms.nurseStation.qrCode });
  return (await command(zhao, t.id, 'complete', { note: '更换空开' })).body;
}

const timeStateOf = async (id: string) => (await desk.get<TicketDetail>(`/v1/tickets/${id}`)).body.ticket.timeState;
const overdueIds = async () => (await allTickets(desk, { scope: 'queue', overdue: 'true' })).map((t) => t.id);
const onTimeIds = async () => (await allTickets(desk, { scope: 'queue', overdue: 'false' })).map((t) => t.id);

describe('one deadline truth, with a moved clock', () => {
  it('shows an escalated 危急 ticket past its accept deadline as breached, and the overdue filter counts it', async () => {
    // Emergency: accept within 5 min, arrive within 30; the escalation to the manager comes 30 min after the breach.
    const t = await newTicket(hospital.rooms.emergency, 'emergency');
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    expect(await timeStateOf(t.id)).toMatchObject({ state: 'running', kind: 'accept', escalationLevel: 0 });
    await advanceClock(7);
    await runSlaScan(hospital.hospitalId);
    expect(await timeStateOf(t.id)).toMatchObject({ state: 'breached', kind: 'accept', dueAt: t.deadlines.acceptBy, escalationLevel: 1 });
    expect(await overdueIds()).toContain(t.id);
    expect(await onTimeIds()).not.toContain(t.id);
  });

  it('gives a reopened urgent ticket a new acceptance deadline and shows it missed', async () => {
    const t = await completedTicket();
    const reopened = (await command(nurse, t.id, 'reopen', { reason: '又跳闸了' })).body;
    expect(reopened.timeState).toMatchObject({ state: 'running', kind: 'rework_accept' });
    await advanceClock(16);
    expect(await timeStateOf(t.id)).toMatchObject({ state: 'breached', kind: 'rework_accept' });
    expect(await overdueIds()).toContain(t.id);
  });

  it('shows a held ticket as paused with its reason, never overdue', async () => {
    const t = await newTicket(hospital.rooms.ward, 'normal');
    await command(desk, t.id, 'assign', { technicianId: 'tech-zhao' });
    await command(zhao, t.id, 'accept');
    await command(zhao, t.id, 'hold', { reason: '等配件' });
    await advanceClock(300);
    expect(await timeStateOf(t.id)).toMatchObject({ state: 'paused', pauseReason: '等配件' });
    expect(await onTimeIds()).toContain(t.id);
  });
});

describe('complaints on the desk', () => {
  it('lists a 2-star rating’s complaint with three clocks, escalates the missed response, and lets the desk work it through', async () => {
    const t = await completedTicket();
    await command(nurse, t.id, 'confirm', { satisfied: true });
    await command(nurse, t.id, 'rate', { score: 2, comment: '态度差' });
    const listed = async () => (await desk.get<ComplaintPage>('/v1/complaints')).body.items.find((i) => i.ticket.id === t.id);
    expect((await listed())?.clocks.map((c) => [c.step, c.state])).toEqual([
      ['respond', 'running'],
      ['resolve', 'running'],
      ['callback', 'running'],
    ]);
    expect((await listed())?.rating?.score).toBe(2);

    await advanceClock(121);
    await runSlaScan(hospital.hospitalId);
    expect((await listed())?.clocks[0]).toMatchObject({ step: 'respond', state: 'breached', escalationLevel: 1 });
    const events = (await desk.get<TicketDetail>(`/v1/tickets/${t.id}`)).body.events.map((e) => e.type);
    expect(events).toContain('sla_breached');

    for (const step of ['respond', 'resolve', 'callback']) expect((await command(desk, t.id, 'complaint', { step, note: `已${step}` })).status).toBe(200);
    expect(await listed()).toBeUndefined();
    expect((await nurse.get('/v1/complaints')).status).toBe(403);
  });
});

describe('the handover sheet', () => {
  it('comes a page at a time without reading every open ticket, and offers the other dispatchers to hand over to', async () => {
    await newTicket(hospital.rooms.lobby, 'normal');
    await newTicket(hospital.rooms.lobby, 'normal');
    const first = await desk.get<HandoverSheet>('/v1/handover', { query: { limit: 1 } });
    expect(first.status).toBe(200);
    expect(first.body.open).toHaveLength(1);
    // More pages follow: no count of all (it would read every open ticket).
    expect(first.body.openCount).toBeNull();
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(first.body.incoming.map((p) => [p.id, p.name])).toEqual([['desk-zhou', '周调度']]);

    const second = await desk.get<HandoverSheet>('/v1/handover', { query: { limit: 1, cursor: first.body.nextCursor! } });
    expect(second.body.open).toHaveLength(1);
    expect(second.body.open[0]!.ticket.id).not.toBe(first.body.open[0]!.ticket.id);

    const whole = await desk.get<HandoverSheet>('/v1/handover');
    expect(whole.body.nextCursor).toBeNull();
    expect(whole.body.openCount).toBe(whole.body.open.length);
    const recorded = await desk.post<{ ticketCount: number }>('/v1/handover', { toUserId: 'desk-zhou', note: '急诊停电待跟进' });
    expect(recorded.status).toBe(201);
    expect(recorded.body.ticketCount).toBe(whole.body.openCount);
  });
});
