import type { CatalogRepository, DeadLetter, DeliveryRecord, InAppNotification, NotificationRepository, OutboxItem, SendAnswer, SubscribeMessage, SubscriptionQuota, TicketRepository, UserRepository } from '../ports';
import type { UserRecord } from '../records';
import type { MetricsRecorder } from '../metrics';
import type { NotifierDeps } from '../notify/deliverOutbox';
import { defaultTemplateConfig } from '../notify/templates';
import { aTicket, aUser } from './factories';

/** The notification store in memory, with the same conditional semantics as the DynamoDB one. */
export class MemoryNotifications implements NotificationRepository {
  inApp = new Map<string, InAppNotification>();
  quotas = new Map<string, number>();
  longTerm = new Set<string>();
  deliveries = new Map<string, DeliveryRecord>();
  letters = new Map<string, DeadLetter>();
  outbox = new Map<string, OutboxItem>();
  /** Throws a throttling error on the next N calls of putInApp. */
  throttleNext = 0;

  private dkey = (h: string, t: string, o: string, u: string) => `${h}/${t}/${o}/${u}`;
  private lkey = (h: string, at: string, id: string) => `${h}/${at}/${id}`;

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
  async grantLongTerm(_h: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]> {
    for (const t of templateIds) this.longTerm.add(`${userId}/${t}`);
    return [];
  }
  async getDelivery(h: string, t: string, o: string, u: string) {
    return this.deliveries.get(this.dkey(h, t, o, u)) ?? null;
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
  async putDeadLetter(l: DeadLetter) {
    const key = this.lkey(l.hospitalId, l.at, l.id);
    if (!this.letters.has(key)) this.letters.set(key, l);
  }
  async listDeadLetters() {
    return [...this.letters.values()];
  }
  async getDeadLetter(h: string, at: string, id: string) {
    return this.letters.get(this.lkey(h, at, id)) ?? null;
  }
  async updateDeadLetter(l: DeadLetter) {
    this.letters.set(this.lkey(l.hospitalId, l.at, l.id), l);
  }
  async listDueDeadLetters(now: Date) {
    return [...this.letters.values()]
      .filter((l) => l.state === 'retrying' && l.nextAttemptAt && l.nextAttemptAt <= now.toISOString())
      .map(({ hospitalId, at, id }) => ({ hospitalId, at, id }));
  }
  async getOutboxItem(h: string, t: string, o: string) {
    return this.outbox.get(`${h}/${t}/${o}`) ?? null;
  }
}

/** WeChat as a script: the next calls' answers (or errors), then success. */
export class ScriptedMessenger {
  sent: SubscribeMessage[] = [];
  calls = 0;
  script: (SendAnswer | Error)[] = [];
  /** Answers every call to this openid with this errcode (a recipient WeChat refuses). */
  refuse = new Map<string, SendAnswer>();
  async send(message: SubscribeMessage): Promise<SendAnswer> {
    this.calls += 1;
    const refused = this.refuse.get(message.touser);
    if (refused) return refused;
    const next = this.script.shift();
    if (next instanceof Error) throw next;
    if (next && next.errcode !== 0) return next;
    this.sent.push(message);
    return { errcode: 0, errmsg: 'ok', msgid: this.sent.length };
  }
}

export const tech = aUser({ id: 'tech-zhao', roles: ['technician'], openid: 'openid-zhao' });
export const techSun = aUser({ id: 'tech-sun', roles: ['technician'], openid: 'openid-sun' });
export const desk = aUser({ id: 'desk-wang', roles: ['dispatcher'], openid: null, shifts: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }] });
export const offShiftDesk = aUser({ id: 'desk-li', roles: ['dispatcher'], openid: 'openid-li' });
const people: UserRecord[] = [tech, techSun, desk, offShiftDesk];

/** A notifier with everything in memory; `now` is the clock, which a test may move. */
export function notifierFixture() {
  const notifications = new MemoryNotifications();
  const counted: { metric: string; value: number; dimensions?: Readonly<Record<string, string>> }[] = [];
  const metrics: MetricsRecorder = { count: (metric, value = 1, dimensions) => void counted.push({ metric, value, ...(dimensions ? { dimensions } : {}) }) };
  const messenger = new ScriptedMessenger();
  const users: Pick<UserRepository, 'getUser' | 'listUsers'> = {
    getUser: async (_h, id) => people.find((u) => u.id === id) ?? null,
    listUsers: async () => people,
  };
  const tickets: Pick<TicketRepository, 'get'> = { get: async () => aTicket({ id: 't1', status: 'assigned' }) };
  const catalog: Pick<CatalogRepository, 'getHospital'> = { getHospital: async () => ({ id: 'h1', name: 'H', timezone: 'Asia/Shanghai', ticketPrefix: 'BX' }) };
  const clock = { at: new Date('2026-11-23T06:05:00Z'), now: () => clock.at };
  const deps = {
    clock,
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
  return { deps, notifications, messenger, counted, clock };
}

/** The new-job outbox item of ticket t1 (`n`: which of the event's items), for the given technicians. */
export const newJob = (n = 0, userIds = ['tech-zhao']): OutboxItem => ({
  hospitalId: 'h1',
  ticketId: 't1',
  outboxId: `00000002-${n}`,
  kind: 'new_job',
  userIds,
  roles: [],
  onShiftOnly: false,
  eventSeq: 2,
  eventType: 'assigned',
  createdAt: '2026-11-23T06:05:00.000Z',
});
