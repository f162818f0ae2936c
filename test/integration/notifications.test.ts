import { randomUUID } from 'node:crypto';
import type { NotificationList, SubscriptionQuotas, DeadLetterList } from '../../functions/src/contract/notifications';
import type { Ticket } from '../../functions/src/contract/tickets';
import type { Session } from '../../functions/src/contract/users';
import type { SentMessage } from '../../functions/src/local/wechatFake/subscribeMessages';
import type * as z from 'zod/mini';
import { api, ApiClient } from '../support/api';
import { addUser } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { deliveriesOf, eventually, storedAccessToken } from '../support/notifications';
import { wechat } from '../support/wechat';

const SEND = '/cgi-bin/message/subscribe/send';
const NEW_JOB_TEMPLATE = 'TMPL_TICKET_ASSIGNED';

let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let n = 0;

beforeAll(async () => {
  hospital = await createTestHospital();
  [nurse, desk] = await Promise.all([api.as(hospital.hospitalId, hospital.users.nurse), api.as(hospital.hospitalId, hospital.users.dispatcher)]);
});

interface Technician {
  client: ApiClient;
  id: string;
  openid: string;
}

/** A technician who signed in through WeChat (so has an openid), with `accepts` one-time subscriptions to the new-job template. */
async function wechatTechnician(accepts: number): Promise<Technician> {
  const who = `tech-${randomUUID().slice(0, 8)}`;
  const id = who;
  // A staff record already linked to the WeChat account: wx.login alone signs it in.
  await addUser(hospital, { id, name: '测试师傅', roles: ['technician'], skills: ['power'], openid: wechat.openid(who) });
  const login = await api.post<Session>('/v1/auth/login', { code: wechat.code(who) });
  expect(login.status).toBe(200);
  expect(login.body.user.id).toBe(id);
  const client = new ApiClient(login.body.token, login.body);
  for (let i = 0; i < accepts; i++) {
    const res = await client.post<z.infer<typeof SubscriptionQuotas>>('/v1/notifications/subscriptions', {
      errMsg: 'requestSubscribeMessage:ok',
      [NEW_JOB_TEMPLATE]: 'accept',
      TMPL_TICKET_STATUS: 'reject',
    });
    expect(res.status).toBe(200);
    expect(res.body.quotas.find((q) => q.templateId === NEW_JOB_TEMPLATE)?.remaining).toBe(i + 1);
  }
  return { client, id, openid: wechat.openid(who) };
}

async function newTicket(): Promise<Ticket> {
  const res = await nurse.post<Ticket>(
    '/v1/tickets',
    { qrCode: hospital.rooms.nurseStation.qrCode, categoryCode: 'power', description: `插座没电 ${++n}`, urgency: 'normal', notADuplicate: true },
    { headers: { 'idempotency-key': `notify-${randomUUID()}` } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

async function assignedTo(tech: Technician): Promise<Ticket> {
  const ticket = await newTicket();
  const res = await desk.post<Ticket>(`/v1/tickets/${ticket.id}/assign`, { technicianId: tech.id });
  expect(res.status).toBe(200);
  return ticket;
}

const messagesFor = async (tech: Technician, ticket: Ticket): Promise<SentMessage[]> =>
  (await wechat.sent(tech.openid)).filter((m) => m.page === `packages/tech/job/index?id=${ticket.id}`);

async function notificationsOf(client: ApiClient): Promise<z.infer<typeof NotificationList>> {
  const res = await client.get<z.infer<typeof NotificationList>>('/v1/notifications');
  expect(res.status).toBe(200);
  return res.body;
}

/**
 * Waits until the notifier has finished with the ticket's new-job item: its delivery record to the
 * technician is final. Records of one partition are handled in order, so after this nothing of
 * that item can still be on its way.
 */
async function settled(ticket: Ticket, tech: Technician) {
  return eventually(async () => {
    const delivery = (await deliveriesOf(hospital.hospitalId, ticket.id)).find((d) => d.userId === tech.id);
    return delivery && delivery.status !== 'sending' ? delivery : undefined;
  }, `the new-job delivery of ${ticket.id}`);
}

describe('a job assignment', () => {
  it('reaches the technician’s WeChat exactly once, opening the ticket, and takes one quota', async () => {
    const tech = await wechatTechnician(1);
    const ticket = await assignedTo(tech);
    expect(await settled(ticket, tech)).toMatchObject({ status: 'sent', templateId: NEW_JOB_TEMPLATE });
    const messages = await messagesFor(tech, ticket);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ template_id: NEW_JOB_TEMPLATE, data: { character_string1: { value: ticket.number }, phrase4: { value: '普通' } } });
    expect(messages[0]!.data.time5!.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);

    // A later event of the same ticket has been handled too: still one message, and the quota is used up.
    await tech.client.post(`/v1/tickets/${ticket.id}/accept`);
    await eventually(async () => (await notificationsOf(nurse)).items.some((i) => i.ticketId === ticket.id && i.kind === 'ticket_accepted'), 'the reporter’s accepted notification');
    expect(await messagesFor(tech, ticket)).toHaveLength(1);
    const quotas = await tech.client.post<z.infer<typeof SubscriptionQuotas>>('/v1/notifications/subscriptions', {});
    expect(quotas.body.quotas).toEqual([{ templateId: NEW_JOB_TEMPLATE, remaining: 0, longTerm: false }]);
  });

  it('is not sent without quota: recorded as not subscribed, shown in-app', async () => {
    const tech = await wechatTechnician(0);
    const ticket = await assignedTo(tech);
    expect(await settled(ticket, tech)).toMatchObject({ status: 'not_subscribed' });
    expect(await messagesFor(tech, ticket)).toHaveLength(0);
    const inbox = await notificationsOf(tech.client);
    expect(inbox.items[0]).toMatchObject({ kind: 'new_job', ticketId: ticket.id, ticketNumber: ticket.number, read: false });
    expect(inbox.unreadCount).toBe(1);
  });
});

describe('WeChat misbehaving', () => {
  it('43101: the quota becomes zero, nothing is retried, the outcome is recorded', async () => {
    const tech = await wechatTechnician(2);
    await wechat.fault({ path: SEND, errcode: 43101, errmsg: 'user refuse to accept the msg' });
    const ticket = await assignedTo(tech);
    expect(await settled(ticket, tech)).toMatchObject({ status: 'not_subscribed', errcode: 43101 });
    expect(await messagesFor(tech, ticket)).toHaveLength(0);
    const quotas = await tech.client.post<z.infer<typeof SubscriptionQuotas>>('/v1/notifications/subscriptions', {});
    expect(quotas.body.quotas).toEqual([{ templateId: NEW_JOB_TEMPLATE, remaining: 0, longTerm: false }]);
  });

  it.each([
    ['45009 (limit reached)', { errcode: 45009, times: 2 }],
    ['-1 (busy)', { errcode: -1, times: 2 }],
    // A timeout is no longer retried at once (issue 11: the answer may only be late): notificationDelivery.test.ts.
  ])('%s: retried, delivered once', async (_name, fault) => {
    const tech = await wechatTechnician(1);
    await wechat.fault({ path: SEND, ...fault });
    const ticket = await assignedTo(tech);
    expect(await settled(ticket, tech)).toMatchObject({ status: 'sent' });
    expect(await messagesFor(tech, ticket)).toHaveLength(1);
  });

  it('an expired access token: refreshed once, delivered once', async () => {
    const tech = await wechatTechnician(1);
    // A first message makes sure the notifier holds a token; then WeChat lets it expire.
    const first = await assignedTo(tech);
    await settled(first, tech);
    await tech.client.post('/v1/notifications/subscriptions', { [NEW_JOB_TEMPLATE]: 'accept' });
    const before = await storedAccessToken();
    expect(before).toMatch(/^local-token-/);
    const expired = await fetch(new URL('/__expire_token', process.env.WECHAT_URL), { method: 'POST' });
    expect(expired.status).toBeLessThan(300);
    const ticket = await assignedTo(tech);
    expect(await settled(ticket, tech)).toMatchObject({ status: 'sent' });
    expect(await messagesFor(tech, ticket)).toHaveLength(1);
    // The shared token was replaced (42001 → stable_token → retry), not worked around.
    expect(await storedAccessToken()).not.toBe(before);
  });

  it('a send that keeps failing is set aside as a dead letter the desk can see', async () => {
    const tech = await wechatTechnician(1);
    // Every attempt of the send fails (4): the message is set aside at once, its batch is not retried (issue 11).
    await wechat.fault({ path: SEND, errcode: -1, times: 4, touser: tech.openid });
    const ticket = await assignedTo(tech);
    const letters = await eventually(
      async () => {
        const res = await desk.get<z.infer<typeof DeadLetterList>>('/v1/notifications/dead-letters');
        const mine = res.body.items.filter((l) => l.ticketId === ticket.id);
        return mine.length > 0 ? mine : undefined;
      },
      'a dead letter',
      45_000,
      250,
    );
    expect(letters.map((l) => l.kind)).toContain('new_job');
    expect(await messagesFor(tech, ticket)).toHaveLength(0);
    expect((await nurse.get('/v1/notifications/dead-letters')).status).toBe(403);
  });
});

describe('in-app notifications', () => {
  it('show the reporter every step, newest first, with an unread count that marking read clears', async () => {
    const tech = await wechatTechnician(0);
    const ticket = await assignedTo(tech);
    await tech.client.post(`/v1/tickets/${ticket.id}/accept`);
    const inbox = await eventually(async () => {
      const list = await notificationsOf(nurse);
      const mine = list.items.filter((i) => i.ticketId === ticket.id);
      return mine.length >= 2 ? { list, mine } : undefined;
    }, 'the reporter’s notifications');
    expect(inbox.mine.map((i) => i.kind)).toEqual(['ticket_accepted', 'ticket_assigned']);
    expect(inbox.list.unreadCount).toBeGreaterThanOrEqual(2);

    const one = await nurse.post<{ unreadCount: number }>('/v1/notifications/read', { ids: [inbox.mine[0]!.id] });
    expect(one.body.unreadCount).toBe(inbox.list.unreadCount - 1);
    const all = await nurse.post<{ unreadCount: number }>('/v1/notifications/read', { all: true });
    expect(all.body.unreadCount).toBe(0);
    expect((await notificationsOf(nurse)).items.every((i) => i.read)).toBe(true);
  });
});
