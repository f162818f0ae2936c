import type { CatalogRepository, DeadLetter, DeliveryRecord, InAppNotification, NotificationRepository, OutboxItem, SendAnswer, SubscribeMessage, SubscriptionQuota, TicketRepository, UserRepository } from '../ports';
import { TransientDeliveryError } from '../ports';
import type { UserRecord } from '../records';
import type { MetricsRecorder } from '../metrics';
import { aTicket, aUser } from '../testing/factories';
import { deliverOutboxBatch, type NotifierDeps } from './deliverOutbox';
import { defaultTemplateConfig } from './templates';

/** The notification store in memory, with the same conditional semantics as the DynamoDB one. */
class MemoryNotifications implements NotificationRepository {
  inApp = new Map<string, InAppNotification>();
  quotas = new Map<string, number>();
  longTerm = new Set<string>();
  deliveries = new Map<string, DeliveryRecord>();
  /** Throws a throttling error on the next N calls of putInApp. */
  throttleNext = 0;

  private dkey = (h: string, t: string, o: string, u: string) => `${h}/${t}/${o}/${u}`;

  async putInApp(n: InAppNotification) {
    if (this.throttleNext > 0) {
      this.throttleNext -= 1;
      const error = new Error('The level of configured provisioned throughput for the table was exceeded');
      error.name = 'ProvisionedThroughputExceededException';
      throw error;
    }
    const key = `${n.userId}/${n.id}`;
    if (!this.inApp.has(key)) this.inApp.set(key, n);
  }
  async listInApp() {
    return { items: [...this.inApp.values()], nextCursor: null };
  }
  async countUnread() {
    return [...this.inApp.values()].filter((n) => !n.readAt).length;
  }
  async readInboxState() {
    return { unread: await this.countUnread(), arrived: this.inApp.size };
  }
  async markRead() {}
  async addQuota(_h: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]> {
    for (const t of templateIds) this.quotas.set(`${userId}/${t}`, (this.quotas.get(`${userId}/${t}`) ?? 0) + 1);
    return [];
  }
  async listQuotas() {
    return [];
  }
  async zeroQuota(_h: string, userId: string, templateId: string) {
    this.quotas.set(`${userId}/${templateId}`, 0);
    this.longTerm.delete(`${userId}/${templateId}`);
  }
  async getDelivery(h: string, t: string, o: string, u: string) {
    return this.deliveries.get(this.dkey(h, t, o, u)) ?? null;
  }
  async grantLongTerm(_h: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]> {
    for (const t of templateIds) this.longTerm.add(`${userId}/${t}`);
    return [];
  }
  async reserveDelivery(r: DeliveryRecord, options: { longTerm?: boolean } = {}) {
    const key = this.dkey(r.hospitalId, r.ticketId, r.outboxId, r.userId);
    if (this.deliveries.has(key)) return 'exists' as const;
    const q = `${r.userId}/${r.templateId}`;
    if (options.longTerm) {
      if (!this.longTerm.has(q)) return 'no_quota' as const;
    } else {
      if ((this.quotas.get(q) ?? 0) <= 0) return 'no_quota' as const;
      this.quotas.set(q, this.quotas.get(q)! - 1);
    }
    this.deliveries.set(key, r);
    return 'reserved' as const;
  }
  async finishDelivery(r: DeliveryRecord) {
    const key = this.dkey(r.hospitalId, r.ticketId, r.outboxId, r.userId);
    const existing = this.deliveries.get(key);
    if (!existing || existing.status === 'sending') this.deliveries.set(key, r);
  }
  async putDeadLetter(_l: DeadLetter) {}
  async listDeadLetters() {
    return [];
  }
}

class ScriptedMessenger {
  sent: SubscribeMessage[] = [];
  calls = 0;
  /** Answers (or errors) for the next calls; then success. */
  script: (SendAnswer | Error)[] = [];
  async send(message: SubscribeMessage): Promise<SendAnswer> {
    this.calls += 1;
    const next = this.script.shift();
    if (next instanceof Error) throw next;
    if (next && next.errcode !== 0) return next;
    this.sent.push(message);
    return { errcode: 0, errmsg: 'ok', msgid: this.sent.length };
  }
}

const tech = aUser({ id: 'tech-zhao', roles: ['technician'], openid: 'openid-zhao' });
const desk = aUser({ id: 'desk-wang', roles: ['dispatcher'], openid: null, shifts: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }] });
const offShiftDesk = aUser({ id: 'desk-li', roles: ['dispatcher'], openid: 'openid-li' });
const people: UserRecord[] = [tech, desk, offShiftDesk];

function setup() {
  const notifications = new MemoryNotifications();
  const counted: { metric: string; value: number }[] = [];
  const metrics: MetricsRecorder = { count: (metric, value = 1) => void counted.push({ metric, value }) };
  const messenger = new ScriptedMessenger();
  const users: Pick<UserRepository, 'getUser' | 'listUsers'> = {
    getUser: async (_h, id) => people.find((u) => u.id === id) ?? null,
    listUsers: async () => people,
  };
  const tickets: Pick<TicketRepository, 'get'> = { get: async () => aTicket({ id: 't1', status: 'assigned' }) };
  const catalog: Pick<CatalogRepository, 'getHospital'> = { getHospital: async () => ({ id: 'h1', name: 'H', timezone: 'Asia/Shanghai', ticketPrefix: 'BX' }) };
  const deps = {
    clock: { now: () => new Date('2026-11-23T06:05:00Z') },
    users,
    shifts: { listBetween: async () => [], replaceWeek: async () => undefined },
    tickets,
    catalog,
    notifications,
    messenger,
    templates: defaultTemplateConfig,
    retry: { sendAttempts: 4, baseDelayMs: 1 },
    metrics,
  } as unknown as NotifierDeps;
  return { deps, notifications, messenger, counted };
}

const newJob = (n = 0): OutboxItem => ({
  hospitalId: 'h1',
  ticketId: 't1',
  outboxId: `00000002-${n}`,
  kind: 'new_job',
  userIds: ['tech-zhao'],
  roles: [],
  onShiftOnly: false,
  eventSeq: 2,
  eventType: 'assigned',
  createdAt: '2026-11-23T06:05:00.000Z',
});

describe('deliverOutboxBatch', () => {
  it('sends a new job to the technician once, fitted to the template, opening the ticket', async () => {
    const { deps, notifications, messenger } = setup();
    await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED']);
    const batch = [{ id: '1', item: newJob() }];
    expect(await deliverOutboxBatch(deps, batch)).toEqual({ failedIds: [] });
    expect(await deliverOutboxBatch(deps, batch)).toEqual({ failedIds: [] });
    expect(messenger.sent).toHaveLength(1);
    expect(messenger.sent[0]).toMatchObject({
      touser: 'openid-zhao',
      templateId: 'TMPL_TICKET_ASSIGNED',
      page: 'packages/tech/job/index?id=t1',
      data: { character_string1: 'BX20261123-0001', thing2: '护士站', thing3: '灯不亮', phrase4: '普通', time5: '2026年11月23日 10:00' },
    });
    expect(notifications.inApp.size).toBe(1);
  });

  it('does not try without quota, records "not subscribed" and still writes the in-app notification', async () => {
    const { deps, notifications, messenger } = setup();
    await deliverOutboxBatch(deps, [{ id: '1', item: newJob() }]);
    expect(messenger.calls).toBe(0);
    expect([...notifications.deliveries.values()][0]).toMatchObject({ status: 'not_subscribed' });
    expect(notifications.inApp.size).toBe(1);
  });

  it('sends every message of a long-term template after one accept, until WeChat says 43101', async () => {
    const { deps, notifications, messenger } = setup();
    const longTermDeps = { ...deps, templates: { new_job: { ...defaultTemplateConfig.new_job!, longTerm: true } } } as NotifierDeps;
    await notifications.grantLongTerm('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED']);
    await deliverOutboxBatch(longTermDeps, [{ id: '1', item: newJob(0) }]);
    await deliverOutboxBatch(longTermDeps, [{ id: '2', item: { ...newJob(0), outboxId: '00000003-0', eventSeq: 3 } }]);
    expect(messenger.sent).toHaveLength(2);
    messenger.script = [{ errcode: 43101, errmsg: 'user refuse to accept the msg rid: x' }];
    await deliverOutboxBatch(longTermDeps, [{ id: '3', item: { ...newJob(0), outboxId: '00000004-0', eventSeq: 4 } }]);
    await deliverOutboxBatch(longTermDeps, [{ id: '4', item: { ...newJob(0), outboxId: '00000005-0', eventSeq: 5 } }]);
    // The third was tried and refused (the user turned it off); the fourth was not tried.
    expect(messenger.sent).toHaveLength(2);
    expect(messenger.calls).toBe(3);
  });

  it('sets the quota to zero on 43101 and does not retry', async () => {
    const { deps, notifications, messenger } = setup();
    await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED', 'TMPL_TICKET_ASSIGNED']);
    messenger.script = [{ errcode: 43101, errmsg: 'user refuse to accept the msg rid: x' }];
    expect(await deliverOutboxBatch(deps, [{ id: '1', item: newJob() }])).toEqual({ failedIds: [] });
    expect(messenger.calls).toBe(1);
    expect(notifications.quotas.get('tech-zhao/TMPL_TICKET_ASSIGNED')).toBe(0);
    expect([...notifications.deliveries.values()][0]).toMatchObject({ status: 'not_subscribed', errcode: 43101 });
  });

  it.each([
    ['-1 (busy)', { errcode: -1, errmsg: 'system error' }],
    ['45009 (limit)', { errcode: 45009, errmsg: 'reach max api daily quota limit' }],
    ['43108 (concurrent)', { errcode: 43108, errmsg: 'concurrent' }],
    ['a timeout', new TransientDeliveryError('The operation was aborted due to timeout')],
  ])('retries %s and delivers once', async (_name, failure) => {
    const { deps, notifications, messenger } = setup();
    await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED']);
    messenger.script = [failure, failure];
    expect(await deliverOutboxBatch(deps, [{ id: '1', item: newJob() }])).toEqual({ failedIds: [] });
    expect(messenger.sent).toHaveLength(1);
    expect(messenger.calls).toBe(3);
    expect([...notifications.deliveries.values()][0]).toMatchObject({ status: 'sent' });
  });

  // Changed on purpose (issue 9): the table's throttles are the SDK's to retry, and then the stream's
  // (the record is reported and comes back with its batch); no second retry layer here.
  it('reports a record whose table write is throttled, and delivers it once when the batch comes back', async () => {
    const { deps, notifications, messenger } = setup();
    await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED']);
    notifications.throttleNext = 1;
    expect(await deliverOutboxBatch(deps, [{ id: '1', item: newJob() }])).toEqual({ failedIds: ['1'] });
    expect(await deliverOutboxBatch(deps, [{ id: '1', item: newJob() }])).toEqual({ failedIds: [] });
    expect(messenger.sent).toHaveLength(1);
    expect(notifications.throttleNext).toBe(0);
  });

  it('reports the failing record and every later one when failures persist; the retry sends without taking quota again', async () => {
    const { deps, notifications, messenger } = setup();
    await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED']);
    messenger.script = Array.from({ length: 4 }, () => ({ errcode: -1, errmsg: 'busy' }));
    const batch = [
      { id: '1', item: null },
      { id: '2', item: newJob(0) },
      { id: '3', item: newJob(1) },
    ];
    expect(await deliverOutboxBatch(deps, batch)).toEqual({ failedIds: ['2', '3'] });
    expect(messenger.sent).toHaveLength(0);
    expect(await deliverOutboxBatch(deps, batch.slice(1))).toEqual({ failedIds: [] });
    // The first item goes out on its retry (its quota was taken once); the second finds none left.
    expect(messenger.sent).toHaveLength(1);
    expect(notifications.deliveries.get('h1/t1/00000002-1/tech-zhao')).toMatchObject({ status: 'not_subscribed' });
  });

  it('counts a message sent once however often its batch runs, and a message WeChat refuses as failed', async () => {
    const { deps, notifications, messenger, counted } = setup();
    await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED', 'TMPL_TICKET_ASSIGNED']);
    await deliverOutboxBatch(deps, [{ id: '1', item: newJob(0) }]);
    await deliverOutboxBatch(deps, [{ id: '1', item: newJob(0) }]);
    messenger.script = [{ errcode: 40003, errmsg: 'invalid openid' }];
    await deliverOutboxBatch(deps, [{ id: '2', item: newJob(1) }]);
    expect(counted).toEqual([
      { metric: 'NotificationsSent', value: 1 },
      { metric: 'NotificationsFailed', value: 1 },
    ]);
  });

  it('tells the dispatchers on shift only, in-app when they have no openid', async () => {
    const { deps, notifications, messenger } = setup();
    const breach: OutboxItem = { ...newJob(), kind: 'sla_breached', userIds: [], roles: ['dispatcher'], onShiftOnly: true };
    await deliverOutboxBatch(deps, [{ id: '1', item: breach }]);
    expect([...notifications.inApp.values()].map((n) => n.userId)).toEqual(['desk-wang']);
    expect(messenger.calls).toBe(0);
    expect([...notifications.deliveries.values()][0]).toMatchObject({ userId: 'desk-wang', status: 'no_openid' });
  });
});
