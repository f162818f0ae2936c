import { randomUUID } from 'node:crypto';
import type { z } from 'zod/mini';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { NotificationList } from '../../functions/src/contract/notifications';
import type { Ticket, TicketPage } from '../../functions/src/contract/tickets';
import type { Role } from '../../functions/src/contract/enums';
import { api, type ApiClient, type ApiResponse } from '../support/api';
import { addUser, setHospitalLimits } from '../support/catalogEdits';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { stackNow } from '../support/localControls';
import { eventually } from '../support/notifications';
import { wechat } from '../support/wechat';

/**
 * A flood, as an attacker (or a stuck script) sends it, over HTTP against the local stack. The
 * expected outcomes are written here by hand from the defaults (guests 3 reports an
 * hour; staff reporters 10 per 10 minutes and 50 a day; the desk and technicians unlimited;
 * three or more reports of one category at one room within 10 minutes reach the desk as one
 * grouped alert; a guest's emergency waits for the desk), not from the code's settings.
 *
 * The limits count in fixed windows (an hour from :00, 10 minutes from :00, :10, …), and other
 * test files move the stack's clock forward. A scenario whose requests did not all fall into one
 * window (the window at its start is not the one at its end) is run again with fresh accounts.
 */

type Who = 'guest' | 'staffReporter' | 'dispatcher' | 'technician';

const EXPECTED: { who: Who; reports: number; window: 'hour' | '10 minutes'; created: number; refused: number }[] = [
  { who: 'guest', reports: 4, window: 'hour', created: 3, refused: 1 },
  { who: 'staffReporter', reports: 11, window: '10 minutes', created: 10, refused: 1 },
  { who: 'dispatcher', reports: 12, window: '10 minutes', created: 12, refused: 0 },
  { who: 'technician', reports: 12, window: '10 minutes', created: 12, refused: 0 },
];
const WINDOW_SECONDS = { hour: 3600, '10 minutes': 600 } as const;

let hospital: TestHospital;
let desk: ApiClient;

beforeAll(async () => {
  hospital = await createTestHospital();
  // Test hospitals lift the limits for the other test files; this one tries the product's defaults.
  await setHospitalLimits(hospital, undefined);
  desk = await api.as(hospital.hospitalId, hospital.users.dispatcher);
});

const ROLES: Record<Who | 'manager', Role[]> = { guest: ['reporter'], staffReporter: ['reporter'], dispatcher: ['dispatcher'], technician: ['technician'], manager: ['manager'] };

/** A fresh account of this kind, signed in (a guest is a WeChat account linked to no staff record). */
async function someone(who: Who | 'manager', extra: { openid?: string } = {}): Promise<{ id: string; client: ApiClient }> {
  const id = `${who}-${randomUUID().slice(0, 8)}`;
  await addUser(hospital, { id, name: who === 'guest' ? '微信用户' : `测试${who}`, roles: ROLES[who], ...(who === 'guest' ? { kind: 'guest' } : {}), ...(who === 'technician' ? { skills: ['power'] } : {}), ...extra });
  return { id, client: await api.as(hospital.hospitalId, id) };
}

const windowStart = (at: Date, seconds: number) => Math.floor(at.getTime() / 1000 / seconds);

/** Runs a scenario until all its requests fell into one window of the stack's clock (at most 3 tries). */
async function inOneWindow<T>(seconds: number, scenario: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const before = windowStart(await stackNow(), seconds);
    const result = await scenario();
    if (windowStart(await stackNow(), seconds) === before || attempt === 3) return result;
  }
}

let n = 0;
function report(
  client: ApiClient,
  qrCode: string,
  fields: { categoryCode?: string; urgency?: 'normal' | 'urgent' | 'emergency'; description?: string } = {},
  key = `flood-${randomUUID()}`,
) {
  const body = { qrCode, categoryCode: fields.categoryCode ?? 'water', description: fields.description ?? `洪水测试 ${++n}`, urgency: fields.urgency ?? 'normal', notADuplicate: true };
  return client.post<Ticket & ErrorBody>('/v1/tickets', body, { headers: { 'idempotency-key': key } });
}

/** A guest reports where they scanned: the label first. */
async function scan(client: ApiClient, qrCode: string) {
  expect((await client.get(`/v1/qr/${qrCode}`)).status).toBe(200);
}

function expectRefusal(res: ApiResponse<ErrorBody>, windowSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe('rate_limited');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  const minutes = Math.ceil(retryAfter / 60);
  expect(res.body.error.messageZh).toBe(`报修过于频繁，请 ${minutes} 分钟后再试`);
  expect(res.body.error.message).toBe(`Too many reports; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
}

async function myTickets(client: ApiClient): Promise<TicketPage['items']> {
  const res = await client.get<TicketPage>('/v1/tickets', { query: { scope: 'mine', limit: 50 } });
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('a flood of reports', () => {
  it.each(EXPECTED.map((row) => [row.who, row] as const))('%s: reports one after another until the limit', async (who, row) => {
    const outcome = await inOneWindow(WINDOW_SECONDS[row.window], async () => {
      const { client } = await someone(who);
      const qrCode = hospital.rooms.lobby.qrCode;
      if (who === 'guest') await scan(client, qrCode);
      const answers: ApiResponse<Ticket & ErrorBody>[] = [];
      for (let i = 0; i < row.reports; i++) answers.push(await report(client, qrCode));
      return { client, answers };
    });
    const created = outcome.answers.filter((a) => a.status === 201);
    const refused = outcome.answers.filter((a) => a.status !== 201);
    expect(created).toHaveLength(row.created);
    expect(refused).toHaveLength(row.refused);
    // The refusals are the last ones, each a 429 that says when to try again; nothing of them was written.
    for (const res of outcome.answers.slice(row.created)) expectRefusal(res, WINDOW_SECONDS[row.window]);
    expect((await myTickets(outcome.client)).map((t) => t.id).sort()).toEqual(created.map((a) => a.body.id).sort());
  });

  it("does not count a guest's retry (same Idempotency-Key) twice, and does not keep a refused report's key", async () => {
    await inOneWindow(3600, async () => {
      const { client } = await someone('guest');
      const qrCode = hospital.rooms.lobby.qrCode;
      await scan(client, qrCode);
      const retryKey = `retry-${randomUUID()}`;
      const first = await report(client, qrCode, { description: '重试测试' }, retryKey);
      const retried = await report(client, qrCode, { description: '重试测试' }, retryKey);
      expect([first.status, retried.status]).toEqual([201, 201]);
      // The same ticket again: a replay, not a second report.
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(retried.body.id).toBe(first.body.id);
      expect((await report(client, qrCode)).status).toBe(201);
      expect((await report(client, qrCode)).status).toBe(201);
      const refusedKey = `refused-${randomUUID()}`;
      expectRefusal(await report(client, qrCode, { description: '被拒测试' }, refusedKey), 3600);
      // Had the refused report left its idempotency record, this would replay; it is refused again.
      expectRefusal(await report(client, qrCode, { description: '被拒测试' }, refusedKey), 3600);
      expect(await myTickets(client)).toHaveLength(3);
    });
  });

  it('holds a staff reporter to 10 in 10 minutes when the 15 reports come at once', async () => {
    await inOneWindow(600, async () => {
      const { client } = await someone('staffReporter');
      const answers = await Promise.all(Array.from({ length: 15 }, () => report(client, hospital.rooms.ward.qrCode, { categoryCode: 'hvac' })));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([...Array<number>(10).fill(201), ...Array<number>(5).fill(429)]);
      expect(await myTickets(client)).toHaveLength(10);
    });
  });
});

type Inbox = z.infer<typeof NotificationList>['items'];

async function inboxOf(client: ApiClient): Promise<Inbox> {
  const res = await client.get<z.infer<typeof NotificationList>>('/v1/notifications', { query: { limit: 50 } });
  expect(res.status).toBe(200);
  return res.body.items;
}

describe("20 emergencies from one guest in the ICU, and a doctor's two more", () => {
  it('makes 3 tickets, one grouped desk alert, and no emergency chain until the desk confirms', async () => {
    const icu = hospital.rooms.icu.qrCode;
    // A manager on WeChat who accepted the desk's alert template: the emergency chain would reach them.
    const managerWho = `mgr-${randomUUID().slice(0, 8)}`;
    const manager = await someone('manager', { openid: wechat.openid(managerWho) });
    // One-time subscriptions: one message each (the doctor's two emergencies, the confirmed one, and room to spare).
    for (let i = 0; i < 5; i++) {
      expect((await manager.client.post('/v1/notifications/subscriptions', { errMsg: 'requestSubscribeMessage:ok', TMPL_TICKET_OVERDUE: 'accept' })).status).toBe(200);
    }

    const { guestTickets, doctorTickets } = await inOneWindow(600, async () => {
      const guest = await someone('guest');
      const doctor = await someone('staffReporter');
      await scan(guest.client, icu);
      const answers: ApiResponse<Ticket & ErrorBody>[] = [];
      for (let i = 0; i < 20; i++) answers.push(await report(guest.client, icu, { categoryCode: 'power', urgency: 'emergency' }));
      const fromDoctor = [await report(doctor.client, icu, { categoryCode: 'power', urgency: 'emergency' }), await report(doctor.client, icu, { categoryCode: 'power', urgency: 'emergency' })];
      return { guestTickets: answers, doctorTickets: fromDoctor };
    });

    // Hand-written: the guest's first 3 are tickets (3 an hour), the other 17 are refused.
    expect(guestTickets.map((a) => a.status)).toEqual([...Array<number>(3).fill(201), ...Array<number>(17).fill(429)]);
    const made = guestTickets.slice(0, 3).map((a) => a.body);
    for (const t of made) expect(t).toMatchObject({ urgency: 'emergency', emergencyPending: true });
    expect(doctorTickets.map((a) => a.status)).toEqual([201, 201]);
    expect(doctorTickets.map((a) => a.body.emergencyPending)).toEqual([false, false]);
    const doctorIds = doctorTickets.map((a) => a.body.id);

    // The desk: the first two reports alerted one by one ("to confirm"), from the third on one grouped alert, refreshed to 5.
    const [lead] = made;
    const deskInbox = await eventually(async () => {
      const items = await inboxOf(desk);
      const grouped = items.filter((i) => i.kind === 'reports_grouped' && i.ticketId === lead!.id);
      return grouped.length === 1 && grouped[0]!.body.includes('5 条报修') ? items : undefined;
    }, 'the grouped alert counting 5 reports');
    const ours = new Set([...made.map((t) => t.id), ...doctorIds]);
    const deskAlerts = deskInbox.filter((i) => ours.has(i.ticketId)).map((i) => [i.kind, i.ticketId]);
    expect(deskAlerts.sort()).toEqual(
      [
        ['emergency_unconfirmed', made[0]!.id],
        ['emergency_unconfirmed', made[1]!.id],
        ['reports_grouped', lead!.id],
      ].sort(),
    );
    expect(deskInbox.find((i) => i.kind === 'reports_grouped' && i.ticketId === lead!.id)?.body).toBe('T1-0203 重症监护室 · 供电：10 分钟内 5 条报修');

    // The desk confirms the guest's first emergency: now the chain fires for it, and only for it.
    const confirmed = await desk.post<Ticket>(`/v1/tickets/${made[0]!.id}/confirm-emergency`, { emergency: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.emergencyPending).toBe(false);
    const managerInbox = await eventually(async () => {
      const items = await inboxOf(manager.client);
      return items.some((i) => i.kind === 'emergency_reported' && i.ticketId === made[0]!.id) ? items : undefined;
    }, "the manager's emergency alert of the confirmed ticket");
    // The doctor's two emergencies reached the manager at once (their desk part folded into the grouped alert); the guest's others never did.
    expect(managerInbox.filter((i) => i.kind === 'emergency_reported' && ours.has(i.ticketId)).map((i) => i.ticketId).sort()).toEqual([made[0]!.id, ...doctorIds].sort());
    // WeChat: the manager's emergency messages (the desk template's "what" is 紧急报修) name the confirmed ticket, not the other two.
    const emergencyPages = await eventually(async () => {
      const pages = (await wechat.sent(wechat.openid(managerWho))).filter((m) => m.data.thing4?.value === '紧急报修').map((m) => m.page);
      return pages.includes(`pages/ticket/index?id=${made[0]!.id}`) ? pages : undefined;
    }, "the manager's WeChat message of the confirmed emergency");
    expect(emergencyPages).not.toContain(`pages/ticket/index?id=${made[1]!.id}`);
    expect(emergencyPages).not.toContain(`pages/ticket/index?id=${made[2]!.id}`);

    // Confirming twice is a conflict; a downgrade makes the guest's second one urgent.
    expect((await desk.post(`/v1/tickets/${made[0]!.id}/confirm-emergency`, { emergency: true })).status).toBe(409);
    const downgraded = await desk.post<Ticket>(`/v1/tickets/${made[1]!.id}/confirm-emergency`, { emergency: false, note: '非紧急' });
    expect(downgraded.status).toBe(200);
    expect(downgraded.body).toMatchObject({ urgency: 'urgent', emergencyPending: false });
  });
});
