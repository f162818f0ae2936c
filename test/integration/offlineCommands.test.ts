import type { ErrorBody } from '../../functions/src/contract/common';
import type { Ticket, TicketDetail } from '../../functions/src/contract/tickets';
import { api, type ApiClient } from '../support/api';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { stackNow } from '../support/localControls';

/**
 * A technician's commands sent from the phone's offline queue: the Idempotency-Key makes a
 * resend answer without a second command, and the device time is checked and recorded beside
 * the server's own.
 */
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

async function assignedJob(): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: `插座没电 ${++n}`, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `offline-report-${Date.now()}-${n}` } },
  );
  expect(res.status).toBe(201);
  const assigned = await desk.post<Ticket>(`/v1/tickets/${res.body.id}/assign`, { technicianId: 'tech-zhao' });
  expect(assigned.status).toBe(200);
  return assigned.body;
}

const offlineSend = (id: string, verb: string, headers: Record<string, string>, body?: unknown) =>
  zhao.post<Ticket & ErrorBody>(`/v1/tickets/${id}/${verb}`, body ?? {}, { headers });
/** The phone's clock agrees with the server's: the shared stack's clock, which other test files move forward. */
const phoneNow = async () => (await stackNow()).getTime();
const minutesBefore = (now: number, m: number) => new Date(now - m * 60_000).toISOString();

describe('a resend from the offline queue', () => {
  it('answers the ticket without accepting it twice, and says it was a replay', async () => {
    const t = await assignedJob();
    const headers = { 'idempotency-key': `offline-accept-${t.id}`, 'device-time': new Date(await phoneNow()).toISOString() };
    const first = await offlineSend(t.id, 'accept', headers);
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    const again = await offlineSend(t.id, 'accept', headers);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.status).toBe('accepted');
    const detail = await desk.get<TicketDetail>(`/v1/tickets/${t.id}`);
    expect(detail.body.events.filter((e) => e.type === 'accepted')).toHaveLength(1);
  });

  it('refuses the same key for another command (a client bug, not a resend)', async () => {
    const t = await assignedJob();
    const key = `offline-reused-${t.id}`;
    expect((await offlineSend(t.id, 'accept', { 'idempotency-key': key })).status).toBe(200);
    const reused = await offlineSend(t.id, 'hold', { 'idempotency-key': key }, { reason: '等配件' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.messageZh).toBe('该幂等键已用于另一项操作，请重新提交');
  });
});

describe("a command's device time", () => {
  it("is recorded on the event beside the server's time, and the milestone takes it", async () => {
    const t = await assignedJob();
    const deviceTime = new Date((await phoneNow()) - 20_000).toISOString();
    const res = await offlineSend(t.id, 'accept', { 'device-time': deviceTime });
    expect(res.status).toBe(200);
    const detail = await desk.get<TicketDetail>(`/v1/tickets/${t.id}`);
    const accepted = detail.body.events.find((e) => e.type === 'accepted');
    expect(accepted?.deviceAt).toBe(deviceTime);
    expect(Date.parse(accepted?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(deviceTime));
  });

  it.each([
    ['ten minutes ahead of the server', (now: number) => new Date(now + 10 * 60_000).toISOString(), 'device_time_future'],
    ['two days old', (now: number) => minutesBefore(now, 2 * 24 * 60), 'device_time_too_old'],
    ['before the job was reported', (now: number) => minutesBefore(now, 60), 'device_time_out_of_order'],
  ])('is refused when %s', async (_what, deviceTime, code) => {
    const t = await assignedJob();
    const res = await offlineSend(t.id, 'accept', { 'device-time': deviceTime(await phoneNow()) });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.[0]).toMatchObject({ field: 'header.device-time', code });
    expect((await desk.get<TicketDetail>(`/v1/tickets/${t.id}`)).body.ticket.status).toBe('assigned');
  });

  it('must be a date', async () => {
    const t = await assignedJob();
    const res = await offlineSend(t.id, 'accept', { 'device-time': 'yesterday' });
    expect(res.status).toBe(400);
  });
});
