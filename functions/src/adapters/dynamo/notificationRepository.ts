import { TransactionCanceledException, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DeadLetter, DeliveryRecord, InAppNotification, NotificationRepository, SubscriptionQuota } from '../../domain/ports';
import type { Page, PageRequest } from '../../domain/records';
import { decodeCursor, encodeCursor, toRecord } from './items';
import { DEAD_LETTER_PREFIX, INBOX_PREFIX, QUOTA_PREFIX, deadLetterKey, deliveryKey, hospitalPk, inboxKey, inboxPk, quotaKey } from './keys';

const INBOX_KEEP_SECONDS = 90 * 24 * 3600;
const DELIVERY_KEEP_SECONDS = 30 * 24 * 3600;
const MARK_ALL_LIMIT = 200;

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export class DynamoNotificationRepository implements NotificationRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async putInApp(n: InAppNotification): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...inboxKey(n.hospitalId, n.userId, n.id), entity: 'notification', ...n, ttl: epochSeconds(n.createdAt) + INBOX_KEEP_SECONDS },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      // Already written by an earlier attempt of the same batch: keep it (and its read state).
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** AP-50 a user's notifications, newest first. */
  async listInApp(hospitalId: string, userId: string, page: PageRequest): Promise<Page<InAppNotification>> {
    const pk = inboxPk(hospitalId, userId);
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': INBOX_PREFIX },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { name: 'PK', value: pk }),
      }),
    );
    return { items: (out.Items ?? []).map((i) => toRecord<InAppNotification>(i)), nextCursor: encodeCursor(out.LastEvaluatedKey) };
  }

  /** AP-50 unread count: the inbox partition (bounded by its 90-day TTL), counted with a filter. */
  async countUnread(hospitalId: string, userId: string): Promise<number> {
    return (await this.unreadKeys(hospitalId, userId, Number.POSITIVE_INFINITY)).length;
  }

  async markRead(hospitalId: string, userId: string, ids: readonly string[] | 'all', at: string): Promise<void> {
    const keys =
      ids === 'all' ? await this.unreadKeys(hospitalId, userId, MARK_ALL_LIMIT) : ids.map((id) => inboxKey(hospitalId, userId, id));
    await Promise.all(
      keys.map((Key) =>
        this.doc
          .send(
            new UpdateCommand({
              TableName: this.tableName,
              Key,
              UpdateExpression: 'SET readAt = :at',
              ConditionExpression: 'attribute_exists(PK) AND readAt = :null',
              ExpressionAttributeValues: { ':at': at, ':null': null },
            }),
          )
          .catch((error: unknown) => {
            // Unknown or already read: nothing to do.
            if (!(error instanceof ConditionalCheckFailedException)) throw error;
          }),
      ),
    );
  }

  private async unreadKeys(hospitalId: string, userId: string, limit: number): Promise<{ PK: string; SK: string }[]> {
    const keys: { PK: string; SK: string }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
          FilterExpression: 'readAt = :null',
          ProjectionExpression: 'PK, SK',
          ExpressionAttributeValues: { ':pk': inboxPk(hospitalId, userId), ':prefix': INBOX_PREFIX, ':null': null },
          ExclusiveStartKey: start,
        }),
      );
      keys.push(...((out.Items ?? []) as { PK: string; SK: string }[]));
      start = out.LastEvaluatedKey;
    } while (start && keys.length < limit);
    return keys.slice(0, limit);
  }

  async addQuota(hospitalId: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]> {
    await Promise.all(
      templateIds.map((templateId) =>
        this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: quotaKey(hospitalId, userId, templateId),
            UpdateExpression: 'ADD remaining :one SET entity = :entity, hospitalId = :h, userId = :u, templateId = :t',
            ExpressionAttributeValues: { ':one': 1, ':entity': 'subscription_quota', ':h': hospitalId, ':u': userId, ':t': templateId },
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
    return (out.Items ?? []).map((i) => ({ templateId: String(i.templateId), remaining: Number(i.remaining ?? 0) }));
  }

  async zeroQuota(hospitalId: string, userId: string, templateId: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: quotaKey(hospitalId, userId, templateId),
        UpdateExpression: 'SET remaining = :zero, entity = :entity, hospitalId = :h, userId = :u, templateId = :t',
        ExpressionAttributeValues: { ':zero': 0, ':entity': 'subscription_quota', ':h': hospitalId, ':u': userId, ':t': templateId },
      }),
    );
  }

  async getDelivery(hospitalId: string, ticketId: string, outboxId: string, userId: string): Promise<DeliveryRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: deliveryKey(hospitalId, ticketId, outboxId, userId), ConsistentRead: true }),
    );
    return out.Item ? toRecord<DeliveryRecord>(out.Item) : null;
  }

  async reserveDelivery(record: DeliveryRecord): Promise<'reserved' | 'no_quota' | 'exists'> {
    if (!record.templateId) throw new Error('A delivery to reserve needs its template');
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: this.deliveryItem(record), ConditionExpression: 'attribute_not_exists(PK)' } },
            {
              Update: {
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
      if (error instanceof TransactionCanceledException) {
        const [delivery, quota] = error.CancellationReasons ?? [];
        if (delivery?.Code === 'ConditionalCheckFailed') return 'exists';
        if (quota?.Code === 'ConditionalCheckFailed') return 'no_quota';
      }
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

  async putDeadLetter(letter: DeadLetter): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: { ...deadLetterKey(letter.hospitalId, letter.at, letter.id), entity: 'dead_letter', ...letter } }),
    );
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
    return (out.Items ?? []).map((i) => toRecord<DeadLetter>(i));
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
