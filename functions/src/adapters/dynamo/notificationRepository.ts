import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DeadLetter, DeliveryRecord, InAppNotification, InboxState, NotificationRepository, OutboxItem, SubscriptionQuota } from '../../domain/ports';
import type { Page, PageRequest } from '../../domain/records';
import { parseItem } from './items';
import { DeadLetterSchema, DeliveryRecordSchema, InAppNotificationSchema } from './recordSchemas';
import type { PageCursors } from './pageCursor';
import { queryPage, queryPages } from './pagination';
import { cancellationReasons } from './transactions';
import { DEAD_LETTER_PREFIX, INBOX_PREFIX, QUOTA_PREFIX, REDRIVE_INDEX_PK, deadLetterKey, deliveryKey, hospitalPk, inboxKey, inboxPk, outboxKeyOf, parseDeadLetterKey, quotaKey, redriveIndexKeys, unreadCountKey } from './keys';
import { outboxItemOfImage } from './streamRecords';

const INBOX_KEEP_SECONDS = 90 * 24 * 3600;
const DELIVERY_KEEP_SECONDS = 30 * 24 * 3600;
const MARK_ALL_LIMIT = 200;
/** A transaction holds at most 100 items: 99 marks and the counter. */
const MARKS_PER_TRANSACTION = 99;

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export class DynamoNotificationRepository implements NotificationRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
  ) {}

  /**
   * The notification and +1 on the user's unread counter, in one transaction: a redelivered
   * outbox item finds the notification there (its condition fails) and counts nothing twice.
   */
  async putInApp(n: InAppNotification, options: { refreshText?: boolean } = {}): Promise<void> {
    if (options.refreshText && (await this.refreshText(n))) return;
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...inboxKey(n.hospitalId, n.userId, n.id), entity: 'notification', ...n, ttl: epochSeconds(n.createdAt) + INBOX_KEEP_SECONDS },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: unreadCountKey(n.hospitalId, n.userId),
                // `arrived` moves the live poll's cursor (AP-90); `unread` is the bell.
                UpdateExpression: 'ADD unread :unread, arrived :one SET entity = :entity',
                ExpressionAttributeValues: { ':unread': n.readAt === null ? 1 : 0, ':one': 1, ':entity': 'unread_count' },
              },
            },
          ],
        }),
      );
    } catch (error) {
      // Already written by an earlier attempt of the same batch: keep it (and its read state).
      if (!cancellationReasons(error)?.conditionFailed(0)) throw error;
    }
  }

  /** The new title and body of a notification already there (false: there is none yet). */
  private async refreshText(n: InAppNotification): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: inboxKey(n.hospitalId, n.userId, n.id),
          UpdateExpression: 'SET title = :title, body = :body',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':title': n.title, ':body': n.body },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** AP-50 a user's notifications, newest first. */
  async listInApp(hospitalId: string, userId: string, page: PageRequest): Promise<Page<InAppNotification>> {
    const pk = inboxPk(hospitalId, userId);
    const { items, nextCursor } = await queryPage(
      this.doc,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': INBOX_PREFIX },
        ScanIndexForward: false,
      },
      page,
      this.cursors,
    );
    return { items: items.map((i) => parseItem(InAppNotificationSchema, i)), nextCursor };
  }

  /** AP-55 unread count: one GetItem of the user's counter (never a read of the inbox). */
  async countUnread(hospitalId: string, userId: string): Promise<number> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: unreadCountKey(hospitalId, userId), ConsistentRead: true }));
    return Math.max(0, Number(out.Item?.unread ?? 0));
  }

  /** AP-90 the bell's state (unread, arrived): the same one GetItem, also the live poll's "anything new?". */
  async readInboxState(hospitalId: string, userId: string): Promise<InboxState> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: unreadCountKey(hospitalId, userId), ConsistentRead: true }));
    return { unread: Math.max(0, Number(out.Item?.unread ?? 0)), arrived: Number(out.Item?.arrived ?? 0) };
  }

  /**
   * Marks notifications read and takes as many off the counter, in one transaction per 99: a
   * notification counts off only if this call is the one that marked it. Those already read (or
   * unknown) are dropped and the rest tried again; a counter that would go below 0 is set to 0.
   */
  async markRead(hospitalId: string, userId: string, ids: readonly string[] | 'all', at: string): Promise<void> {
    const keys =
      ids === 'all' ? await this.unreadKeys(hospitalId, userId, MARK_ALL_LIMIT) : [...new Set(ids)].map((id) => inboxKey(hospitalId, userId, id));
    for (let i = 0; i < keys.length; i += MARKS_PER_TRANSACTION) await this.markChunk(hospitalId, userId, keys.slice(i, i + MARKS_PER_TRANSACTION), at);
  }

  private async markChunk(hospitalId: string, userId: string, chunk: { PK: string; SK: string }[], at: string): Promise<void> {
    let keys = chunk;
    let clampToZero = false;
    // Each retry drops at least one mark or switches to the clamp: bounded by the chunk's size.
    for (let attempt = 0; keys.length > 0 && attempt <= chunk.length + 1; attempt++) {
      const counter = clampToZero
        ? { UpdateExpression: 'SET unread = :zero', ExpressionAttributeValues: { ':zero': 0 } }
        : { UpdateExpression: 'ADD unread :minus', ConditionExpression: 'unread >= :n', ExpressionAttributeValues: { ':minus': -keys.length, ':n': keys.length } };
      try {
        await this.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              ...keys.map((Key) => ({
                Update: {
                  TableName: this.tableName,
                  Key,
                  UpdateExpression: 'SET readAt = :at',
                  ConditionExpression: 'attribute_exists(PK) AND readAt = :null',
                  ExpressionAttributeValues: { ':at': at, ':null': null },
                },
              })),
              { Update: { TableName: this.tableName, Key: unreadCountKey(hospitalId, userId), ...counter } },
            ],
          }),
        );
        return;
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (!reasons?.anyConditionFailed) throw error;
        const stale = new Set(reasons.failedIndexes);
        // The counter is the last item: it held fewer than the marks (written before counting began).
        if (stale.has(keys.length)) clampToZero = true;
        keys = keys.filter((_, index) => !stale.has(index));
      }
    }
  }

  private async unreadKeys(hospitalId: string, userId: string, limit: number): Promise<{ PK: string; SK: string }[]> {
    const keys: { PK: string; SK: string }[] = [];
    for await (const out of queryPages(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: 'readAt = :null',
      ProjectionExpression: 'PK, SK',
      ExpressionAttributeValues: { ':pk': inboxPk(hospitalId, userId), ':prefix': INBOX_PREFIX, ':null': null },
    })) {
      keys.push(...(out.Items ?? []).map((i) => ({ PK: String(i.PK), SK: String(i.SK) })));
      if (keys.length >= limit) break;
    }
    return keys.slice(0, limit);
  }

  async addQuota(hospitalId: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]> {
    return this.updateQuotas(hospitalId, userId, templateIds, { add: 'remaining', value: 1 });
  }

  /** AP-51 the quota item marked long-term: no count, the messages go on until WeChat's 43101. */
  async grantLongTerm(hospitalId: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]> {
    return this.updateQuotas(hospitalId, userId, templateIds, { set: 'longTerm', value: true });
  }

  /** One UpdateItem per template (a count added or a flag set), then the user's quotas. */
  private async updateQuotas(
    hospitalId: string,
    userId: string,
    templateIds: readonly string[],
    change: { add: 'remaining'; value: number } | { set: 'longTerm'; value: boolean },
  ): Promise<SubscriptionQuota[]> {
    const item = 'entity = :entity, hospitalId = :h, userId = :u, templateId = :t';
    const update = 'add' in change ? `ADD ${change.add} :v SET ${item}` : `SET ${change.set} = :v, ${item}`;
    await Promise.all(
      templateIds.map((templateId) =>
        this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: quotaKey(hospitalId, userId, templateId),
            UpdateExpression: update,
            ExpressionAttributeValues: { ':v': change.value, ':entity': 'subscription_quota', ':h': hospitalId, ':u': userId, ':t': templateId },
          }),
        ),
      ),
    );
    return this.listQuotas(hospitalId, userId);
  }

  /** AP-51 a user's subscribe quotas: one Query on the hospital partition by prefix. */
  async listQuotas(hospitalId: string, userId: string): Promise<SubscriptionQuota[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': `${QUOTA_PREFIX}${userId}#` },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((i) => ({ templateId: String(i.templateId), remaining: Number(i.remaining ?? 0), longTerm: i.longTerm === true }));
  }

  async zeroQuota(hospitalId: string, userId: string, templateId: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: quotaKey(hospitalId, userId, templateId),
        UpdateExpression: 'SET remaining = :zero, entity = :entity, hospitalId = :h, userId = :u, templateId = :t REMOVE longTerm',
        ExpressionAttributeValues: { ':zero': 0, ':entity': 'subscription_quota', ':h': hospitalId, ':u': userId, ':t': templateId },
      }),
    );
  }

  /** AP-52 the WeChat delivery of an outbox item to a user (consistent: it decides whether to send). */
  async getDelivery(hospitalId: string, ticketId: string, outboxId: string, userId: string): Promise<DeliveryRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: deliveryKey(hospitalId, ticketId, outboxId, userId), ConsistentRead: true }),
    );
    return out.Item ? parseItem(DeliveryRecordSchema, out.Item) : null;
  }

  async reserveDelivery(record: DeliveryRecord, options: { longTerm?: boolean } = {}): Promise<'reserved' | 'no_quota' | 'exists'> {
    if (!record.templateId) throw new Error('A delivery to reserve needs its template');
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: this.deliveryItem(record), ConditionExpression: 'attribute_not_exists(PK)' } },
            {
              // A long-term template is only checked (the user accepted it once); a one-time one takes one.
              Update: options.longTerm
                ? {
                    TableName: this.tableName,
                    Key: quotaKey(record.hospitalId, record.userId, record.templateId),
                    UpdateExpression: 'ADD longTermSent :one',
                    ConditionExpression: 'longTerm = :yes',
                    ExpressionAttributeValues: { ':one': 1, ':yes': true },
                  }
                : {
                    TableName: this.tableName,
                    Key: quotaKey(record.hospitalId, record.userId, record.templateId),
                    UpdateExpression: 'ADD remaining :minusOne',
                    ConditionExpression: 'remaining > :zero',
                    ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
                  },
            },
          ],
        }),
      );
      return 'reserved';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.conditionFailed(0)) return 'exists';
      if (reasons?.conditionFailed(1)) return 'no_quota';
      throw error;
    }
  }

  async finishDelivery(record: DeliveryRecord): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.deliveryItem(record),
          // Final outcomes are written once; only a `sending` record (or none) may become final.
          ConditionExpression: 'attribute_not_exists(PK) OR #status = :sending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sending': 'sending' },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * AP-80 a dead letter, once per key (a replayed record, a redelivered failure message): the
   * letter, and its place in the redrive's index while it is retrying, are left as they are.
   */
  async putDeadLetter(letter: DeadLetter): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: this.deadLetterItem(letter), ConditionExpression: 'attribute_not_exists(PK)' }));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** AP-81 one dead letter (the redrive, a resend). */
  async getDeadLetter(hospitalId: string, at: string, id: string): Promise<DeadLetter | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: deadLetterKey(hospitalId, at, id), ConsistentRead: true }));
    return out.Item ? parseItem(DeadLetterSchema, out.Item) : null;
  }

  /** AP-81 the letter rewritten; it stays in the redrive's index only while `retrying`. */
  async updateDeadLetter(letter: DeadLetter): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: this.deadLetterItem(letter) }));
  }

  /** AP-82 letters due for the redrive, every hospital's (GSI4 `REDRIVE`, keys only). */
  async listDueDeadLetters(now: Date, limit: number): Promise<{ hospitalId: string; at: string; id: string }[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI4',
        KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK <= :now',
        ExpressionAttributeValues: { ':pk': REDRIVE_INDEX_PK, ':now': `${now.toISOString()}#~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => parseDeadLetterKey(String(i.PK), String(i.SK)));
  }

  /** AP-83 the outbox item, kept in its ticket's partition. */
  async getOutboxItem(hospitalId: string, ticketId: string, outboxId: string): Promise<OutboxItem | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: outboxKeyOf(hospitalId, ticketId, outboxId), ConsistentRead: true }));
    return out.Item?.entity === 'outbox' ? outboxItemOfImage(out.Item) : null;
  }

  private deadLetterItem(letter: DeadLetter) {
    return {
      ...deadLetterKey(letter.hospitalId, letter.at, letter.id),
      entity: 'dead_letter',
      ...letter,
      ...(letter.state === 'retrying' && letter.nextAttemptAt ? redriveIndexKeys(letter.nextAttemptAt, letter.hospitalId, letter.id) : {}),
    };
  }

  /** AP-53 dead letters of a hospital, newest first. */
  async listDeadLetters(hospitalId: string, limit: number): Promise<DeadLetter[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': DEAD_LETTER_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => parseItem(DeadLetterSchema, i));
  }

  private deliveryItem(record: DeliveryRecord) {
    return {
      ...deliveryKey(record.hospitalId, record.ticketId, record.outboxId, record.userId),
      entity: 'delivery',
      ...record,
      ttl: epochSeconds(record.at) + DELIVERY_KEEP_SECONDS,
    };
  }
}
