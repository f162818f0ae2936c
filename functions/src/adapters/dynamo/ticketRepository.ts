import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { NotificationIntent } from '../../domain/notifications';
import { IdempotencyKeyTakenError, type DeskQueueFilters, type ReportKeys, type ReportRecords, type TicketRepository } from '../../domain/ports';
import { batchGetItems, itemsByKey } from './batchGet';
import { cancellationReasons } from './transactions';
import { placePartsOf } from './catalogRepository';
import type { TicketChange } from '../../domain/tickets/lifecycle';
import type { IdempotencyRecord, Page, PageRequest, TicketEventRecord, TicketRecord } from '../../domain/records';
import { parseItem } from './items';
import { CategoryRecordSchema, HospitalSchema, IdempotencyRecordSchema, QrCodeRecordSchema, TicketEventRecordSchema, TicketRecordSchema } from './recordSchemas';
import type * as z from 'zod/mini';
import { queryPage, queryPages } from './pagination';
import { queryAll } from './query';
import { breachedNowCondition } from './breachedFilter';
import {
  ANY_TICKET_PREFIX,
  CALLBACK_PREFIX,
  parseTicketPk,
  QUEUE_PREFIX,
  COMPLAINT_PREFIX,
  byAssignee,
  deskIndex,
  outboxKey,
  SLA_SHARDS,
  slaShard,
  OPEN_TICKET_PREFIX,
  TICKET_EVENT_PREFIX,
  atLocation,
  byReporter,
  assetKey,
  categoryKey,
  dailyCounterKey,
  hospitalKey,
  idempotencyKey,
  locationKey,
  qrCodeKey,
  ofAsset,
  ticketKey,
  ticketPk,
} from './keys';
import { ticketEventItem, ticketItem } from './ticketItem';

const COUNTER_KEEP_SECONDS = 400 * 24 * 3600;
const TRANSACTION_LIMIT = 100;

/** Notification intents as outbox items beside the event that caused them (delivered from the table's stream). */
function outboxPuts(tableName: string, event: TicketEventRecord, notifications: readonly NotificationIntent[]) {
  return notifications.map((n, i) => ({
    Put: {
      TableName: tableName,
      Item: {
        ...outboxKey(event.hospitalId, event.ticketId, event.seq, i),
        entity: 'outbox',
        hospitalId: event.hospitalId,
        ticketId: event.ticketId,
        eventSeq: event.seq,
        eventType: event.type,
        createdAt: event.at,
        ...n,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }));
}

export class DynamoTicketRepository implements TicketRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-10 the hospital's daily ticket counter: one atomic ADD. */
  async nextDailyNumber(hospitalId: string, day: string): Promise<number> {
    const out = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: dailyCounterKey(hospitalId, day),
        UpdateExpression: 'ADD #n :one SET #ttl = if_not_exists(#ttl, :ttl)',
        ExpressionAttributeNames: { '#n': 'n', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':one': 1, ':ttl': Math.floor(Date.now() / 1000) + COUNTER_KEEP_SECONDS },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(out.Attributes?.n);
  }

  /** AP-11 idempotency record of a user's key. */
  async findIdempotency(hospitalId: string, userId: string, key: string): Promise<IdempotencyRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: idempotencyKey(hospitalId, userId, key) }));
    return out.Item ? parseItem(IdempotencyRecordSchema, out.Item) : null;
  }

  /** AP-11 + AP-01 + category + AP-06 + AP-04/AP-05: the first read of a report, one BatchGet. */
  async readForReport(hospitalId: string, wanted: ReportKeys): Promise<ReportRecords> {
    const keys = {
      idempotency: idempotencyKey(hospitalId, wanted.idempotency.userId, wanted.idempotency.key),
      hospital: hospitalKey(hospitalId),
      category: categoryKey(hospitalId, wanted.categoryCode),
      qr: wanted.qrCode === undefined ? null : qrCodeKey(hospitalId, wanted.qrCode),
    };
    const items = await batchGetItems(this.doc, this.tableName, [
      keys.idempotency,
      keys.hospital,
      keys.category,
      ...(keys.qr ? [keys.qr] : []),
      ...wanted.place.locationIds.map((id) => locationKey(hospitalId, id)),
      ...wanted.place.assetIds.map((id) => assetKey(hospitalId, id)),
    ]);
    const itemOf = itemsByKey(items);
    const recordOf = <T>(schema: z.ZodMiniType<T>, key: { PK: string; SK: string } | null): T | null => {
      const item = key ? itemOf(key) : undefined;
      return item ? parseItem(schema, item) : null;
    };
    return {
      idempotency: recordOf(IdempotencyRecordSchema, keys.idempotency),
      hospital: recordOf(HospitalSchema, keys.hospital),
      category: recordOf(CategoryRecordSchema, keys.category),
      qr: recordOf(QrCodeRecordSchema, keys.qr),
      ...placePartsOf(items),
    };
  }

  async create(ticket: TicketRecord, event: TicketEventRecord, idem: IdempotencyRecord, notifications: readonly NotificationIntent[]): Promise<void> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...idempotencyKey(idem.hospitalId, idem.userId, idem.key), entity: 'idempotency', ...idem, ttl: idem.expiresAtEpoch },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            { Put: { TableName: this.tableName, Item: ticketItem(ticket), ConditionExpression: 'attribute_not_exists(PK)' } },
            { Put: { TableName: this.tableName, Item: ticketEventItem(event), ConditionExpression: 'attribute_not_exists(PK)' } },
            ...outboxPuts(this.tableName, event, notifications),
          ],
        }),
      );
    } catch (error) {
      // Item 0 is the idempotency record: its key is taken by a concurrent attempt with the same key.
      if (cancellationReasons(error)?.conditionFailed(0)) {
        throw new IdempotencyKeyTakenError();
      }
      throw error;
    }
  }

  async applyChanges(changes: readonly TicketChange[]): Promise<void> {
    const items = changes.flatMap((c) => [
      {
        Put: {
          TableName: this.tableName,
          Item: ticketItem(c.after),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': c.before.version },
        },
      },
      { Put: { TableName: this.tableName, Item: ticketEventItem(c.event), ConditionExpression: 'attribute_not_exists(PK)' } },
      ...outboxPuts(this.tableName, c.event, c.notifications),
    ]);
    if (items.length > TRANSACTION_LIMIT) throw new Error(`A change of ${items.length} items exceeds one transaction`);
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) {
        throw new ConflictError(
          'Someone else changed this ticket a moment ago; reload it and try again',
          '该工单刚被他人更新，请刷新后重试',
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** AP-12 ticket by id. */
  async get(hospitalId: string, ticketId: string): Promise<TicketRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: ticketKey(hospitalId, ticketId) }));
    return out.Item ? parseItem(TicketRecordSchema, out.Item) : null;
  }

  /**
   * AP-13 ticket with its timeline: GetItem of the ticket and a Query of its events (`EV#` only:
   * the partition also holds outbox items, deliveries and aggregate markers), at once.
   */
  async getWithEvents(hospitalId: string, ticketId: string): Promise<{ ticket: TicketRecord; events: TicketEventRecord[] } | null> {
    const [ticket, events] = await Promise.all([
      this.get(hospitalId, ticketId),
      queryAll(this.doc, TicketEventRecordSchema, {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :events)',
        ExpressionAttributeValues: { ':pk': ticketPk(hospitalId, ticketId), ':events': TICKET_EVENT_PREFIX },
      }),
    ]);
    return ticket ? { ticket, events } : null;
  }

  /** AP-14 tickets by reporter, newest first (GSI1). */
  async listByReporter(hospitalId: string, reporterId: string, page: PageRequest): Promise<Page<TicketRecord>> {
    const pk = byReporter(hospitalId, reporterId);
    return this.ticketPage(
      { TableName: this.tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ScanIndexForward: false },
      page,
      { name: 'GSI1PK', value: pk },
    );
  }

  /** AP-15 open tickets at a location (GSI5, open ones sort first). */
  listOpenAtLocation(hospitalId: string, locationId: string): Promise<TicketRecord[]> {
    return this.listOpen('GSI5', atLocation(hospitalId, locationId));
  }

  /** AP-16 open tickets of an asset (GSI6). */
  listOpenForAsset(hospitalId: string, assetId: string): Promise<TicketRecord[]> {
    return this.listOpen('GSI6', ofAsset(hospitalId, assetId));
  }

  /** AP-17 repair history of an asset (GSI6). */
  listAssetHistory(hospitalId: string, assetId: string, page: PageRequest): Promise<Page<TicketRecord>> {
    return this.page('GSI6', ofAsset(hospitalId, assetId), ANY_TICKET_PREFIX, page);
  }

  /** AP-18 a technician's tickets (GSI2). */
  listByAssignee(hospitalId: string, userId: string, openOnly: boolean, page: PageRequest): Promise<Page<TicketRecord>> {
    return this.page('GSI2', byAssignee(hospitalId, userId), openOnly ? OPEN_TICKET_PREFIX : ANY_TICKET_PREFIX, page);
  }

  /** AP-18 a technician's open jobs, counted (GSI2, Select COUNT). */
  async countOpenByAssignee(hospitalId: string, userId: string): Promise<number> {
    let count = 0;
    for await (const out of queryPages(this.doc, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :open)',
      ExpressionAttributeValues: { ':pk': byAssignee(hospitalId, userId), ':open': OPEN_TICKET_PREFIX },
      Select: 'COUNT',
    })) count += out.Count ?? 0;
    return count;
  }

  /** AP-19 the desk queue (GSI3, sparse). */
  listDeskQueue(hospitalId: string): Promise<TicketRecord[]> {
    return this.all('GSI3', deskIndex(hospitalId), QUEUE_PREFIX);
  }

  /** AP-19 a page of the desk queue; the filters run in DynamoDB, so a page may hold fewer than `limit`. */
  async pageDeskQueue(hospitalId: string, filters: DeskQueueFilters, page: PageRequest): Promise<Page<TicketRecord>> {
    const pk = deskIndex(hospitalId);
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':pk': pk, ':prefix': QUEUE_PREFIX };
    if (filters.status) {
      conditions.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = filters.status;
    }
    if (filters.category) {
      conditions.push('categoryCode = :category');
      values[':category'] = filters.category;
    }
    if (filters.building) {
      conditions.push('contains(locationAncestorIds, :building)');
      values[':building'] = filters.building;
    }
    if (filters.inGrabPool !== undefined) {
      conditions.push('inGrabPool = :pool');
      values[':pool'] = filters.inGrabPool;
    }
    if (filters.overdue) {
      const breached = breachedNowCondition(filters.overdue.at);
      conditions.push(filters.overdue.value ? breached.expression : `NOT ${breached.expression}`);
      Object.assign(names, breached.names);
      Object.assign(values, breached.values);
    }
    return this.ticketPage(
      {
        TableName: this.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk AND begins_with(GSI3SK, :prefix)',
        ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
      },
      page,
      { name: 'GSI3PK', value: pk },
    );
  }

  /** AP-19 completed tickets still owed a callback (GSI3, CB#). */
  listCallbacksDue(hospitalId: string): Promise<TicketRecord[]> {
    return this.all('GSI3', deskIndex(hospitalId), CALLBACK_PREFIX);
  }

  /** AP-19 a page of the callbacks owed (GSI3, CB#), oldest completion first. */
  pageCallbacksDue(hospitalId: string, page: PageRequest): Promise<Page<TicketRecord>> {
    return this.page('GSI3', deskIndex(hospitalId), CALLBACK_PREFIX, page, 'oldestFirst');
  }

  /** AP-19 a page of the open complaints (GSI3, CP#), oldest first. */
  pageOpenComplaints(hospitalId: string, page: PageRequest): Promise<Page<TicketRecord>> {
    return this.page('GSI3', deskIndex(hospitalId), COMPLAINT_PREFIX, page, 'oldestFirst');
  }

  /** AP-20 due watches (GSI4, sparse, keys only): one Query per shard, in parallel. */
  async listDueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; ticketId: string }[]> {
    const shards = await Promise.all(
      Array.from({ length: SLA_SHARDS }, (_, shard) =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'GSI4',
            KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK <= :now',
            ExpressionAttributeValues: { ':pk': slaShard(shard), ':now': `${now.toISOString()}#~` },
            Limit: limitPerShard,
          }),
        ),
      ),
    );
    return shards.flatMap((out) => (out.Items ?? []).map((i) => parseTicketPk(String(i.PK))));
  }

  private all(index: string, pk: string, prefix: string): Promise<TicketRecord[]> {
    return queryAll(this.doc, TicketRecordSchema, {
      TableName: this.tableName,
      IndexName: index,
      KeyConditionExpression: `${index}PK = :pk AND begins_with(${index}SK, :prefix)`,
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    });
  }

  /** `newestFirst` by default: open (T#O#) sorts after closed (T#C#), so reading backwards gives open ones first, newest first. */
  private page(index: string, pk: string, prefix: string, page: PageRequest, order: 'newestFirst' | 'oldestFirst' = 'newestFirst'): Promise<Page<TicketRecord>> {
    return this.ticketPage(
      {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk AND begins_with(${index}SK, :prefix)`,
        ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ScanIndexForward: order === 'oldestFirst',
      },
      page,
      { name: `${index}PK`, value: pk },
    );
  }

  private async ticketPage(input: QueryCommandInput, page: PageRequest, partition: { name: string; value: string }): Promise<Page<TicketRecord>> {
    const { items, nextCursor } = await queryPage(this.doc, input, page, partition);
    return { items: items.map((i) => parseItem(TicketRecordSchema, i)), nextCursor };
  }

  private async listOpen(index: 'GSI5' | 'GSI6', pk: string): Promise<TicketRecord[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk AND begins_with(${index}SK, :open)`,
        ExpressionAttributeValues: { ':pk': pk, ':open': OPEN_TICKET_PREFIX },
        ScanIndexForward: false,
        Limit: 50,
      }),
    );
    return (out.Items ?? []).map((i) => parseItem(TicketRecordSchema, i));
  }
}
