import type { Clock, CatalogRepository, DeliveryFailure, DeliveryRecord, NotificationRepository, OutboxItem, SendAnswer, ShiftRepository, SubscribeMessenger, TicketRepository, UserRepository } from '../ports';
import { TransientDeliveryError, UnansweredDeliveryError } from '../ports';
import { withRetries } from '../../retry';
import { MetricName, type MetricsRecorder } from '../metrics';
import type { TicketRecord, UserRecord } from '../records';
import { onShiftAt } from '../dispatch/rota';
import { notificationPage } from '../../contract/notificationTargets';
import { buildTemplateData, inAppText } from './buildMessage';
import { FIRST_REDRIVE_AFTER_MS } from './deadLetters';
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

export type DeliveryOutcome = DeliveryRecord['status'] | 'in_app_only' | 'retrying';

/** How a delivery is being made: first from the stream (a failing send is parked for the redrive), or by the redrive or a resend. */
export interface DeliveryRun {
  /** First delivery: set a failing recipient's message aside (a dead letter the redrive retries) instead of failing the record. */
  park: boolean;
  /** Only this recipient (a parked message); all of the item's recipients otherwise. */
  userId?: string;
  /** Why the last send did not arrive, when this run sends it again. */
  after?: DeliveryFailure | null;
}

/** A recipient whose WeChat message did not go out this time, and why. */
export interface PendingSend {
  userId: string;
  failure: DeliveryFailure;
  error: string;
}

/**
 * Delivers one outbox item: an in-app notification per recipient, and a WeChat subscribe message
 * where the user has an openid and quota. Safe to run again for the same item: in-app ids are
 * derived from the item, and each WeChat delivery has a record whose final state is never
 * rewritten, so a retried batch sends nothing twice. A recipient whose message WeChat will not
 * take now (busy, or no answer) never holds up the others: on a first run it is parked for the
 * redrive and the item counts as delivered; a table failure for one recipient is thrown after the
 * others are done, so the record comes back and only what is missing is done again.
 */
export async function deliverOutboxItem(deps: NotifierDeps, item: OutboxItem, run: DeliveryRun = { park: true }): Promise<{ outcomes: Record<string, DeliveryOutcome>; pending: PendingSend[] }> {
  const now = deps.clock.now();
  const [hospital, ticket] = await Promise.all([deps.catalog.getHospital(item.hospitalId), item.workOrder || item.incident || item.job ? null : deps.tickets.get(item.hospitalId, item.ticketId)]);
  const timezone = hospital?.timezone ?? 'Asia/Shanghai';
  const everyone = await resolveRecipients(deps, item, now, timezone);
  const recipients = run.userId ? everyone.filter((u) => u.id === run.userId) : everyone;
  const text = inAppText(item, ticket);
  const outcomes: Record<string, DeliveryOutcome> = {};
  const pending: PendingSend[] = [];
  let tableFailure: unknown = null;
  // Every recipient's in-app notification first, side by side: a WeChat send that is slow to
  // answer (up to the messenger's timeout, with retries) never holds up anyone's inbox.
  const inAppWritten = await Promise.all(
    recipients.map(async (user) => {
      try {
        await deps.notifications.putInApp({
          hospitalId: item.hospitalId,
          userId: user.id,
          id: inAppId(item),
          kind: item.kind,
          ticketId: item.ticketId,
          ticketNumber: ticket?.number ?? item.workOrder?.number ?? item.incident?.number ?? null,
          title: text.title,
          body: text.body,
          createdAt: item.createdAt,
          readAt: null,
        }, { refreshText: item.refresh === true });
        return true;
      } catch (error) {
        tableFailure ??= error;
        return false;
      }
    }),
  );
  // Then the WeChat messages, side by side too (one recipient's slow answer is not another's wait),
  // for those whose in-app record went in: a record that comes back redoes both.
  await Promise.all(
    recipients.map(async (user, i) => {
      if (!inAppWritten[i]) return;
      try {
        // A refreshed grouped alert was sent when it was raised: once is enough.
        const outcome = item.refresh ? 'in_app_only' : await sendWeChat(deps, item, ticket, user, timezone, run.after ?? null);
        if (typeof outcome === 'string') {
          outcomes[user.id] = outcome;
          return;
        }
        outcomes[user.id] = 'retrying';
        pending.push({ userId: user.id, ...outcome });
        if (run.park) await park(deps, item, user.id, outcome);
      } catch (error) {
        tableFailure ??= error;
      }
    }),
  );
  if (tableFailure) throw tableFailure;
  return { outcomes, pending };
}

async function park(deps: NotifierDeps, item: OutboxItem, userId: string, failure: Omit<PendingSend, 'userId'>): Promise<void> {
  await deps.notifications.putDeadLetter({
    hospitalId: item.hospitalId,
    // One letter per recipient's message, whatever replays: the same key every time.
    id: `wx-${item.outboxId}-${userId}`,
    at: item.createdAt,
    ticketId: item.ticketId,
    kind: item.kind,
    attempts: 1,
    error: failure.error,
    outboxId: item.outboxId,
    userId,
    state: 'retrying',
    nextAttemptAt: new Date(deps.clock.now().getTime() + FIRST_REDRIVE_AFTER_MS).toISOString(),
    lastFailure: failure.failure,
    resends: 0,
  });
  deps.metrics.count(MetricName.notificationsParked, 1, { failure: failure.failure });
}

async function sendWeChat(deps: NotifierDeps, item: OutboxItem, ticket: TicketRecord | null, user: UserRecord, timezone: string, after: DeliveryFailure | null): Promise<DeliveryOutcome | Omit<PendingSend, 'userId'>> {
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
  // Still `sending`: an earlier send did not finish. Unless it was answered "busy", it may have arrived.
  let resend: string | null = existing && after !== 'busy' ? (after ?? 'unknown') : null;
  if (!existing) {
    if (!user.openid) return finish({ status: 'no_openid' });
    const reserved = await deps.notifications.reserveDelivery(base, { longTerm: spec.longTerm === true });
    if (reserved === 'no_quota') return finish({ status: 'not_subscribed' });
    if (reserved === 'exists') {
      const now = await deps.notifications.getDelivery(item.hospitalId, item.ticketId, item.outboxId, user.id);
      if (now && now.status !== 'sending') return now.status;
      resend = 'unknown';
    }
  }
  if (!user.openid) return finish({ status: 'no_openid' });

  const data = buildTemplateData(spec, item, ticket, timezone);
  // A value that cannot be fitted would fail with 47003 on every attempt: record it, do not retry.
  if (!data) return finish({ status: 'failed', errcode: 47003 });
  const message = { touser: user.openid, templateId: spec.templateId, page: notificationPage(item.kind, user.roles, item.ticketId), data };

  if (resend) deps.metrics.count(MetricName.notificationResends, 1, { after: resend });
  const answer = await sendUntilAnswered(deps, message);
  if ('failure' in answer) return answer;
  if (answer.errcode === 0) return finish({ status: 'sent', ...(answer.msgid === undefined ? {} : { msgid: answer.msgid }) });
  if (answer.errcode === NO_SUBSCRIPTION) {
    await deps.notifications.zeroQuota(item.hospitalId, user.id, spec.templateId);
    return finish({ status: 'not_subscribed', errcode: answer.errcode });
  }
  return finish({ status: 'failed', errcode: answer.errcode });
}

/**
 * A send retried at once only while WeChat answers busy (it did not send); no answer in time is
 * never retried here (it may have arrived). Either way the delivery stays `sending`, its quota
 * taken, and the redrive sends it later without taking another.
 */
async function sendUntilAnswered(deps: NotifierDeps, message: Parameters<NotifierDeps['messenger']['send']>[0]): Promise<SendAnswer | Omit<PendingSend, 'userId'>> {
  try {
    return await withRetries(
      async () => {
        const answer = await deps.messenger.send(message);
        if (TRANSIENT_ERRCODES.has(answer.errcode)) throw new TransientDeliveryError(`WeChat answered ${answer.errcode} ${answer.errmsg}`);
        return answer;
      },
      { attempts: deps.retry.sendAttempts, baseDelayMs: deps.retry.baseDelayMs },
      (error) => error instanceof TransientDeliveryError && !(error instanceof UnansweredDeliveryError),
    );
  } catch (error) {
    if (error instanceof UnansweredDeliveryError) return { failure: 'unanswered', error: error.message };
    if (error instanceof TransientDeliveryError) return { failure: 'busy', error: `still failing after ${deps.retry.sendAttempts} attempts: ${error.message}` };
    throw error;
  }
}

export interface BatchRecord {
  /** The stream record's sequence number: what Lambda's partial batch response names. */
  id: string;
  /** null: not an outbox insert (nothing to do). */
  item: OutboxItem | null;
}

/**
 * A stream batch. Different items are delivered side by side: one that fails (a table error the
 * SDK's retries did not cure) is reported alone and never keeps the others from being delivered
 * now. Lambda resumes the stream from the lowest reported record, so later ones may come again:
 * they are idempotent and find themselves delivered. The records of one item (a burst's grouped
 * alert, rewritten by each report: 3, 4, 5 reports) go one after another in stream order, so the
 * desk's text ends at the last count; after a failure the item's later records wait for the resend.
 */
export async function deliverOutboxBatch(deps: NotifierDeps, records: readonly BatchRecord[], log: (entry: Record<string, unknown>) => void = () => undefined): Promise<{ failedIds: string[] }> {
  const byItem = new Map<string, { id: string; item: OutboxItem }[]>();
  for (const record of records) {
    if (!record.item) continue;
    const key = `${record.item.hospitalId}/${record.item.ticketId}/${record.item.outboxId}`;
    const inOrder = byItem.get(key) ?? [];
    inOrder.push({ id: record.id, item: record.item });
    byItem.set(key, inOrder);
  }
  const results = await Promise.all(
    [...byItem.values()].map(async (inOrder) => {
      for (const record of inOrder) {
        try {
          await deliverOutboxItem(deps, record.item);
        } catch (error) {
          log({ level: 'error', msg: 'outbox item failed', id: record.id, ticketId: record.item.ticketId, outboxId: record.item.outboxId, error: error instanceof Error ? error.message : String(error) });
          return record.id;
        }
      }
      return null;
    }),
  );
  return { failedIds: results.filter((id): id is string => id !== null) };
}
