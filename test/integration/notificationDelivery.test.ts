import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import type { NotificationList } from '../../functions/src/contract/notifications';
import type { Ticket } from '../../functions/src/contract/tickets';
import { ApiClient, api } from '../support/api';
import { lettersOf, messagesFor, wechatTechnician, type Technician } from '../support/deliveryTechnicians';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock } from '../support/localControls';
import { deliveriesOf, eventually } from '../support/notifications';
import { wechat } from '../support/wechat';

/**
 * Nothing lost, nothing sent twice without a count (issue 11): WeChat busy for a minute, a
 * recipient WeChat refuses beside healthy ones, and answers that come late. Faults name this
 * file's own technicians (`touser`), so test files running beside it are not touched.
 */
const SEND = '/cgi-bin/message/subscribe/send';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let n = 0;

// A hospital per test: the redrive runs for one hospital, and each test counts its letters alone.
beforeEach(async () => {
  hospital = await createTestHospital();
  [nurse, desk] = await Promise.all([api.as(hospital.hospitalId, hospital.users.nurse), api.as(hospital.hospitalId, hospital.users.dispatcher)]);
});

async function assignedTo(tech: Technician): Promise<Ticket> {
  const created = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: `插座没电 ${++n}`, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `delivery-${randomUUID()}` } },
  );
  expect(created.status).toBe(201);
  const res = await desk.post<Ticket>(`/v1/tickets/${created.body.id}/assign`, { technicianId: tech.id });
  expect(res.status).toBe(200);
  return created.body;
}

const deliveryTo = async (ticket: Ticket, tech: Technician) => (await deliveriesOf(hospital.hospitalId, ticket.id)).find((d) => d.userId === tech.id);
const inboxHas = async (client: ApiClient, ticket: Ticket, kind: string) =>
  ((await client.get<z.infer<typeof NotificationList>>('/v1/notifications?limit=50')).body.items ?? []).some((i) => i.ticketId === ticket.id && i.kind === kind);

/** The redrive's schedule firing for this hospital, the stack's clock moved past the letters' next try. */
async function redriveAfter(minutes: number) {
  await advanceClock(minutes);
  const res = await fetch(new URL('/__local/jobs/notificationRedrive', process.env.API_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ detail: { hospitalId: hospital.hospitalId } }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { delivered: number; retrying: number; given_up: number } }).result;
}

describe('a batch mixing failing and healthy recipients', () => {
  it('delivers the healthy ones at once; a refusing recipient is recorded, a busy one set aside — nothing else is held back', async () => {
    const [refusing, busy, healthy] = await Promise.all([wechatTechnician(hospital, 1), wechatTechnician(hospital, 1), wechatTechnician(hospital, 1)]);
    await wechat.fault({ path: SEND, errcode: 43101, touser: refusing.openid }, { path: SEND, errcode: -1, touser: busy.openid, forMs: 600_000 });
    const [a, b, c] = await Promise.all([assignedTo(refusing), assignedTo(busy), assignedTo(healthy)]);

    await eventually(async () => (await deliveryTo(c, healthy))?.status === 'sent', 'the healthy technician’s message');
    expect(await messagesFor(healthy, c)).toHaveLength(1);
    expect(await eventually(async () => deliveryTo(a, refusing).then((d) => d?.status !== 'sending' && d), 'the refusal')).toMatchObject({ status: 'not_subscribed', errcode: 43101 });
    const [letter] = await eventually(async () => ((await lettersOf(desk, b.id)).length > 0 ? lettersOf(desk, b.id) : undefined), 'the busy technician’s letter');
    expect(letter).toMatchObject({ kind: 'new_job', recipientId: busy.id, state: 'retrying', resends: 0 });
    // Every in-app notification of the three arrived, the set-aside WeChat message notwithstanding.
    for (const [tech, ticket] of [[refusing, a], [busy, b], [healthy, c]] as const) {
      await eventually(() => inboxHas(tech.client, ticket, 'new_job'), 'the technician’s in-app notification');
      await eventually(() => inboxHas(nurse, ticket, 'ticket_assigned'), 'the reporter’s in-app notification');
    }
    expect(await messagesFor(busy, b)).toHaveLength(0);
  });
});

describe('WeChat answering -1 until it recovers', () => {
  it('loses nothing: every message set aside is delivered by the redrive after recovery, each exactly once', async () => {
    const techs = await Promise.all([wechatTechnician(hospital, 2), wechatTechnician(hospital, 2)]);
    // Longer than any test waits: the outage ends below, when the test says.
    await wechat.fault(...techs.map((t) => ({ path: SEND, errcode: -1, touser: t.openid, forMs: 600_000 })));
    const jobs = await Promise.all([techs[0]!, techs[0]!, techs[1]!, techs[1]!].map(async (tech) => ({ tech, ticket: await assignedTo(tech) })));
    for (const { ticket } of jobs) await eventually(async () => ((await lettersOf(desk, ticket.id)).length > 0 ? true : undefined), 'a set-aside message');

    // A redrive during the outage tries again and keeps the letters for later.
    const during = await redriveAfter(2);
    expect(during.delivered).toBe(0);
    expect(during.retrying).toBe(4);
    for (const { tech, ticket } of jobs) expect(await messagesFor(tech, ticket)).toHaveLength(0);

    for (const tech of techs) await wechat.endFaults(tech.openid);
    // The second try is due 5 minutes after the first failure.
    expect(await redriveAfter(5)).toEqual({ delivered: 4, retrying: 0, given_up: 0 });
    for (const { tech, ticket } of jobs) expect(await messagesFor(tech, ticket)).toHaveLength(1);
    for (const { ticket } of jobs) expect(await lettersOf(desk, ticket.id)).toEqual([expect.objectContaining({ state: 'delivered', resends: 0 })]);

    // Later runs send nothing again.
    expect(await redriveAfter(60)).toEqual({ delivered: 0, retrying: 0, given_up: 0 });
    for (const { tech, ticket } of jobs) expect(await messagesFor(tech, ticket)).toHaveLength(1);
  });
});

describe('late answers', () => {
  it('an answer later than the old 3 s timeout is waited for: one message, nothing set aside, nothing resent', async () => {
    const tech = await wechatTechnician(hospital, 1);
    await wechat.fault({ path: SEND, delayMs: 5_000, touser: tech.openid });
    const ticket = await assignedTo(tech);
    await eventually(async () => (await deliveryTo(ticket, tech))?.status === 'sent', 'the late-answered message');
    expect(await messagesFor(tech, ticket)).toHaveLength(1);
    expect(await lettersOf(desk, ticket.id)).toEqual([]);
  });

  it('an answer that never comes in time is not resent at once; the redrive resends it later and counts the possible duplicate', async () => {
    const tech = await wechatTechnician(hospital, 1);
    // The fake delivers it, but answers after the notifier stopped waiting (10 s).
    await wechat.fault({ path: SEND, delayMs: 12_000, touser: tech.openid });
    const ticket = await assignedTo(tech);
    const [letter] = await eventually(async () => ((await lettersOf(desk, ticket.id)).length > 0 ? lettersOf(desk, ticket.id) : undefined), 'the unanswered message set aside');
    expect(letter).toMatchObject({ state: 'retrying', resends: 0 });
    await eventually(async () => ((await messagesFor(tech, ticket)).length === 1 ? true : undefined), 'the late delivery at WeChat');

    expect((await redriveAfter(2)).delivered).toBeGreaterThanOrEqual(1);
    // WeChat has no idempotency key: the resend is a second message, and it is counted.
    expect(await messagesFor(tech, ticket)).toHaveLength(2);
    expect(await lettersOf(desk, ticket.id)).toEqual([expect.objectContaining({ state: 'delivered', resends: 1 })]);
  });
});

describe('the desk’s resend', () => {
  it('puts a set-aside message back, due now, and the next run delivers it once; the desk only', async () => {
    const tech = await wechatTechnician(hospital, 1);
    await wechat.fault({ path: SEND, errcode: -1, touser: tech.openid, times: 4 });
    const ticket = await assignedTo(tech);
    const [letter] = await eventually(async () => ((await lettersOf(desk, ticket.id)).length > 0 ? lettersOf(desk, ticket.id) : undefined), 'the letter');
    expect((await nurse.post(`/v1/notifications/dead-letters/${letter!.ref}/resend`)).status).toBe(403);
    const resent = await desk.post<{ state: string }>(`/v1/notifications/dead-letters/${letter!.ref}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body.state).toBe('retrying');
    expect((await redriveAfter(0)).delivered).toBe(1);
    expect(await messagesFor(tech, ticket)).toHaveLength(1);
    expect((await desk.post(`/v1/notifications/dead-letters/1.nothing-here/resend`)).status).toBe(404);
  });
});
