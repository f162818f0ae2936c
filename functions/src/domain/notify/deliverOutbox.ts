import type { Clock, CatalogRepository, DeliveryRecord, NotificationRepository, OutboxItem, ShiftRepository, SubscribeMessenger, TicketRepository, UserRepository } from '../ports';
import { TransientDeliveryError } from '../ports';
import { withRetries } from '../../retry';
import { MetricName, type MetricsRecorder } from '../metrics';
import type { TicketRecord, UserRecord } from '../records';
import { onShiftAt } from '../dispatch/rota';
import { notificationPage } from '../../contract/notificationTargets';
import { buildTemplateData, inAppText } from './buildMessage';
import type { TemplateConfig } from './templates';

export interface NotifierDeps {
  clock: Clock;
  users: UserRepository;
  /** The rota: who is on shift for the alerts sent to the desk on shift only. */
  shifts: ShiftRepository;
  tickets: TicketRepository;
  catalog: CatalogRepository;
  notifications: NotificationRepository;
  messenger: SubscribeMessenger;
  templates: TemplateConfig;
  retry: SendRetryPolicy;
  metrics: MetricsRecorder;
}

/**
 * Attempts of one WeChat send while it fails transiently. The table's throttles are not retried
 * here: the SDK retries them, and a record that still fails is retried with its batch.
 */
export interface SendRetryPolicy {
  sendAttempts: number;
  baseDelayMs: number;
}

export const defaultRetryPolicy: SendRetryPolicy = { sendAttempts: 4, baseDelayMs: 200 };

/** -1 busy, 45009 API limit, 43108 concurrent sends to the same user: try again later. */
const TRANSIENT_ERRCODES = new Set([-1, 45009, 43108]);
const NO_SUBSCRIPTION = 43101;

/**
 * Everyone an outbox item is for: the named users, plus every user of its roles in the hospital
 * (on shift only when asked). The actor is not skipped: the intents already name the people
 * who must learn of the change, and an actor who is also a follower still wants the record.
 */
export async function resolveRecipients(deps: Pick<NotifierDeps, 'users' | 'shifts'>, item: OutboxItem, now: Date, timezone: string): Promise<UserRecord[]> {
  const named = await Promise.all(item.userIds.map((id) => deps.users.getUser(item.hospitalId, id)));
  const onShift = item.roles.length > 0 && item.onShiftOnly ? await onShiftAt(deps.shifts, item.hospitalId, now, timezone) : () => true;
  const byRole =
    item.roles.length === 0
      ? []
      : (await deps.users.listUsers(item.hospitalId)).filter((u) => u.roles.some((r) => item.roles.includes(r)) && onShift(u));
  const all = new Map<string, UserRecord>();
  for (const user of [...named, ...byRole]) if (user) all.set(user.id, user);
  return [...all.values()];
}

/** The in-app notification's id: its time first (lists sort by it), then the outbox item it comes from. */
export function inAppId(item: OutboxItem): string {
  return `${String(Date.parse(item.createdAt)).padStart(13, '0')}-${item.ticketId}-${item.outboxId}`;
}

export type DeliveryOutcome = DeliveryRecord['status'] | 'in_app_only';

/**
 * Delivers one outbox item: an in-app notification per recipient, and a WeChat subscribe message
 * where the user has an openid and quota. Safe to run again for the same item: in-app ids are
 * derived from the item, and each WeChat delivery has a record whose final state is never
 * rewritten, so a retried batch sends nothing twice.
 */
export async function deliverOutboxItem(deps: NotifierDeps, item: OutboxItem): Promise<Record<string, DeliveryOutcome>> {
  const now = deps.clock.now();
  const [hospital, ticket] = await Promise.all([deps.catalog.getHospital(item.hospitalId), deps.tickets.get(item.hospitalId, item.ticketId)]);
  const timezone = hospital?.timezone ?? 'Asia/Shanghai';
  const recipients = await resolveRecipients(deps, item, now, timezone);
  const text = inAppText(item, ticket);
  const outcomes: Record<string, DeliveryOutcome> = {};
  for (const user of recipients) {
    await deps.notifications.putInApp({
      hospitalId: item.hospitalId,
      userId: user.id,
      id: inAppId(item),
      kind: item.kind,
      ticketId: item.ticketId,
      ticketNumber: ticket?.number ?? null,
      title: text.title,
      body: text.body,
      createdAt: item.createdAt,
      readAt: null,
    }, { refreshText: item.refresh === true });
    // A refreshed grouped alert was sent when it was raised: once is enough.
    outcomes[user.id] = item.refresh ? 'in_app_only' : await sendWeChat(deps, item, ticket, user, timezone);
  }
  return outcomes;
}

async function sendWeChat(deps: NotifierDeps, item: OutboxItem, ticket: TicketRecord | null, user: UserRecord, timezone: string): Promise<DeliveryOutcome> {
  const spec = deps.templates[item.kind];
  if (!spec) return 'in_app_only';
  const base: DeliveryRecord = {
    hospitalId: item.hospitalId,
    ticketId: item.ticketId,
    outboxId: item.outboxId,
    userId: user.id,
    templateId: spec.templateId,
    status: 'sending',
    at: deps.clock.now().toISOString(),
  };
  const finish = async (patch: Partial<DeliveryRecord> & Pick<DeliveryRecord, 'status'>) => {
    await deps.notifications.finishDelivery({ ...base, ...patch, at: deps.clock.now().toISOString() });
    if (patch.status === 'sent') deps.metrics.count(MetricName.notificationsSent);
    if (patch.status === 'failed') deps.metrics.count(MetricName.notificationsFailed);
    return patch.status;
  };

  const existing = await deps.notifications.getDelivery(item.hospitalId, item.ticketId, item.outboxId, user.id);
  if (existing && existing.status !== 'sending') return existing.status;
  if (!existing) {
    if (!user.openid) return finish({ status: 'no_openid' });
    const reserved = await deps.notifications.reserveDelivery(base, { longTerm: spec.longTerm === true });
    if (reserved === 'no_quota') return finish({ status: 'not_subscribed' });
    if (reserved === 'exists') {
      const now = await deps.notifications.getDelivery(item.hospitalId, item.ticketId, item.outboxId, user.id);
      if (now && now.status !== 'sending') return now.status;
    }
  }
  if (!user.openid) return finish({ status: 'no_openid' });

  const data = buildTemplateData(spec, item, ticket, timezone);
  // A value that cannot be fitted would fail with 47003 on every attempt: record it, do not retry.
  if (!data) return finish({ status: 'failed', errcode: 47003 });
  const message = { touser: user.openid, templateId: spec.templateId, page: notificationPage(item.kind, user.roles, item.ticketId), data };

  const answer = await sendUntilAnswered(deps, message, user.id);
  if (answer.errcode === 0) return finish({ status: 'sent', ...(answer.msgid === undefined ? {} : { msgid: answer.msgid }) });
  if (answer.errcode === NO_SUBSCRIPTION) {
    await deps.notifications.zeroQuota(item.hospitalId, user.id, spec.templateId);
    return finish({ status: 'not_subscribed', errcode: answer.errcode });
  }
  return finish({ status: 'failed', errcode: answer.errcode });
}

/** A send retried while WeChat is busy or does not answer; any other answer is final. */
async function sendUntilAnswered(deps: NotifierDeps, message: Parameters<NotifierDeps['messenger']['send']>[0], userId: string) {
  try {
    return await withRetries(
      async () => {
        const answer = await deps.messenger.send(message);
        if (TRANSIENT_ERRCODES.has(answer.errcode)) throw new TransientDeliveryError(`WeChat answered ${answer.errcode} ${answer.errmsg}`);
        return answer;
      },
      { attempts: deps.retry.sendAttempts, baseDelayMs: deps.retry.baseDelayMs },
      (error) => error instanceof TransientDeliveryError,
    );
  } catch (error) {
    if (!(error instanceof TransientDeliveryError)) throw error;
    // Left `sending`: the quota stays taken, and the batch retry sends without taking another.
    throw new TransientDeliveryError(`Subscribe message to ${userId} still failing after ${deps.retry.sendAttempts} attempts: ${error.message}`, { cause: error });
  }
}

export interface BatchRecord {
  /** The stream record's sequence number: what Lambda's partial batch response names. */
  id: string;
  /** null: not an outbox insert (nothing to do). */
  item: OutboxItem | null;
}

/**
 * A stream batch, in order. An item that fails (after the WeChat send's own retries, and the
 * SDK's for the table) is reported, and so is every later one: the stream resumes from the first
 * failure, so per-ticket order is kept and nothing after it is skipped.
 */
export async function deliverOutboxBatch(deps: NotifierDeps, records: readonly BatchRecord[], log: (entry: Record<string, unknown>) => void = () => undefined): Promise<{ failedIds: string[] }> {
  for (const [index, record] of records.entries()) {
    if (!record.item) continue;
    try {
      await deliverOutboxItem(deps, record.item);
    } catch (error) {
      log({ level: 'error', msg: 'outbox item failed', id: record.id, ticketId: record.item.ticketId, outboxId: record.item.outboxId, error: error instanceof Error ? error.message : String(error) });
      return { failedIds: records.slice(index).map((r) => r.id) };
    }
  }
  return { failedIds: [] };
}
