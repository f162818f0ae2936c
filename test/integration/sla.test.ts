import type { Ticket, TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { setHospitalPolicy } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, runSlaScan } from '../support/localControls';
import { allTickets } from '../support/pages';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  await setHospitalPolicy(hospital, { autoConfirmAfterHours: 1, escalateToManagerAfterMinutes: 30 });
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, zhao] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.electrician)]);
});

async function newTicket(): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: `跳闸 ${++n}`, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `sla-${Date.now()}-${n}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

const eventsOf = async (id: string) => (await desk.get<TicketDetail>(`/v1/tickets/${id}`)).body.events.map((e) => e.type);

describe('SLA clocks, with a moved clock', () => {
  it('records a missed acceptance once however often the scanner runs, then escalates to the manager once', async () => {
    const t = await newTicket();
    await runSlaScan(hospital.hospitalId);
    expect(await eventsOf(t.id)).toEqual(['submitted']);

    await advanceClock(16);
    await runSlaScan(hospital.hospitalId);
    await runSlaScan(hospital.hospitalId);
    expect(await eventsOf(t.id)).toEqual(['submitted', 'sla_breached']);
    const overdue = await allTickets(desk, { scope: 'queue', overdue: 'true' });
    expect(overdue.find((i) => i.id === t.id)?.timeState).toMatchObject({ state: 'breached', kind: 'accept', escalationLevel: 1 });
    const onTime = await allTickets(desk, { scope: 'queue', overdue: 'false' });
    expect(onTime.map((i) => i.id)).not.toContain(t.id);

    await advanceClock(31);
    await runSlaScan(hospital.hospitalId);
    await runSlaScan(hospital.hospitalId);
    expect(await eventsOf(t.id)).toEqual(['submitted', 'sla_breached', 'sla_escalated']);
    const detail = await desk.get<TicketDetail>(`/v1/tickets/${t.id}`);
    expect(detail.body.ticket.breaches.map((b) => [b.kind, b.level])).toEqual([
      ['accept', 1],
      ['accept', 2],
    ]);
  });

  it('stops the clock on hold and restarts it with the time left', async () => {
    const t = await newTicket();
    await desk.post(`/v1/tickets/${t.id}/assign`, { technicianId: 'tech-zhao' });
    await zhao.post(`/v1/tickets/${t.id}/accept`);
    const held = await zhao.post<Ticket>(`/v1/tickets/${t.id}/hold`, { reason: '等配件' });
    const arriveBy = new Date(held.body.deadlines.arriveBy!).getTime();
    await advanceClock(5 * 60); // past the 4-hour arrival limit, while on hold
    await runSlaScan(hospital.hospitalId);
    expect(await eventsOf(t.id)).not.toContain('sla_breached');
    const resumed = await zhao.post<Ticket>(`/v1/tickets/${t.id}/resume`);
    expect(resumed.body.status).toBe('accepted');
    expect(new Date(resumed.body.deadlines.arriveBy!).getTime() - arriveBy).toBeGreaterThanOrEqual(5 * 3600_000);
  });

  it('auto-confirms a completed ticket nobody answered, and the desk still owes the callback', async () => {
    const t = await newTicket();
    await desk.post(`/v1/tickets/${t.id}/assign`, { technicianId: 'tech-zhao' });
    await zhao.post(`/v1/tickets/${t.id}/accept`);
    await zhao.post(`/v1/tickets/${t.id}/arrive`, { qrCode: hospital.rooms.nurseStation.qrCode });
    await zhao.post(`/v1/tickets/${t.id}/complete`, { note: '复位空开' });
    await advanceClock(61);
    await runSlaScan(hospital.hospitalId);
    const detail = await desk.get<TicketDetail>(`/v1/tickets/${t.id}`);
    expect(detail.body.ticket.status).toBe('confirmed');
    expect(detail.body.events.at(-1)).toMatchObject({ type: 'auto_confirmed', actor: { id: 'system' } });
    const callbacks = await desk.get<TicketPage>('/v1/tickets', { query: { scope: 'callbacks' } });
    expect(callbacks.body.items.map((c) => c.id)).toContain(t.id);
  });
});

describe('SLA milestones once met stay met', () => {
  it('records no missed acceptance after a reopen or a reassignment that follow a timely acceptance', async () => {
    const reopened = await newTicket();
    const reassigned = await newTicket();
    for (const t of [reopened, reassigned]) {
      expect((await desk.post(`/v1/tickets/${t.id}/assign`, { technicianId: 'tech-zhao' })).status).toBe(200);
      expect((await zhao.post(`/v1/tickets/${t.id}/accept`)).status).toBe(200);
    }
    await zhao.post(`/v1/tickets/${reopened.id}/arrive`, { qrCode: hospital.rooms.nurseStation.qrCode });
    await zhao.post(`/v1/tickets/${reopened.id}/complete`, { note: '复位空开' });
    expect((await nurse.post<Ticket>(`/v1/tickets/${reopened.id}/reopen`, { reason: '又跳闸了' })).body.status).toBe('assigned');
    const moved = await desk.post<Ticket>(`/v1/tickets/${reassigned.id}/assign`, { technicianId: hospital.users.plumber, reason: '赵师傅外出' });
    expect(moved.body.status).toBe('assigned');

    await advanceClock(20); // past the 15-minute acceptance limit, well before the 4-hour arrival limit
    await runSlaScan(hospital.hospitalId);
    expect(await eventsOf(reopened.id)).not.toContain('sla_breached');
    expect(await eventsOf(reassigned.id)).not.toContain('sla_breached');
  });
});
