import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConflictError, RateLimitedError } from '../../domain/errors';
import type { NotificationIntent } from '../../domain/notifications';
import { incidentLinkPut } from './incidentRepository';
import { IdempotencyKeyTakenError, type DeskQueueFilters, type ReportGuards, type ReportKeys, type ReportRecords, type SearchToken, type TicketRepository } from '../../domain/ports';
import type { BurstCounter, BurstGroup } from '../../domain/limits/reportBurst';
import { refusalFor } from '../../domain/limits/reportLimits';
import { withRetries } from '../../retry';
import { burstCountItem, groupedAlertItem, limitChargeItem } from './reportGuardItems';
import { batchGetItems, itemsByKey } from './batchGet';
import { cancellationReasons } from './transactions';
import { nextOfDailyCounter } from './dailyCounter';
import { dueDeadlineKeys } from './deadlineIndex';
import { placePartsOf } from './catalogRepository';
import type { TicketChange } from '../../domain/tickets/lifecycle';
import type { IdempotencyRecord, Page, PageRequest, TicketEventRecord, TicketRecord } from '../../domain/records';
import { parseItem } from './items';
import { CategoryRecordSchema, HospitalSchema, IdempotencyRecordSchema, QrCodeRecordSchema, TicketEventRecordSchema, TicketRecordSchema } from './recordSchemas';
import type * as z from 'zod/mini';
import type { PageCursors } from './pageCursor';
import { queryPage, queryPages } from './pagination';
import { queryAll } from './query';
import { breachedNowCondition } from './breachedFilter';
import {
  ANY_TICKET_PREFIX,
  CALLBACK_PREFIX,
  parseTicketPk,
  isWorkOrderPk,
  isIncidentPk,
  QUEUE_PREFIX,
  COMPLAINT_PREFIX,
  byAssignee,
  deskIndex,
  outboxKey,
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
  reportLimitKey,
  burstKey,
  searchPk,
  searchTokenPrefix,
} from './keys';
import { ticketEventItem, ticketItem } from './ticketItem';
import { JobRecordSchema } from './jobRepository';
import type { JobRecord } from '../../domain/jobs/records';
import { searchTokenChanges, searchTokenPuts } from './searchItems';

const COUNTER_KEEP_SECONDS = 400 * 24 * 3600;
const TRANSACTION_LIMIT = 100;
/**
 * A report's transaction touches shared counters (the reporter's limit windows, the place's
 * burst), so two reports at once may cancel each other with TransactionConflict, which the SDK
 * does not retry. Nothing was written then: try again a few times.
 */
const REPORT_CONFLICT_RETRY = { attempts: 4, baseDelayMs: 25 };

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

/**
 * The items of one ticket change: the ticket with its version check, its event, its outbox items
 * and its search tokens. Another entity's change that must happen with it (a failed spot check)
 * adds its own items to the same transaction.
 */
export function ticketChangeItems(tableName: string, c: TicketChange) {
  return [
    {
      Put: {
        TableName: tableName,
        Item: ticketItem(c.after),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': c.before.version },
      },
    },
    { Put: { TableName: tableName, Item: ticketEventItem(c.event), ConditionExpression: 'attribute_not_exists(PK)' } },
    ...outboxPuts(tableName, c.event, c.notifications),
    ...searchTokenChanges(tableName, c.before, c.after),
  ];
}

export class DynamoTicketRepository implements TicketRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
  ) {}

  /** AP-10 the hospital's daily ticket counter: one atomic ADD. */
  async nextDailyNumber(hospitalId: string, day: string): Promise<number> {
    return nextOfDailyCounter(this.doc, this.tableName, dailyCounterKey(hospitalId, day), COUNTER_KEEP_SECONDS);
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
    // AP-60: the reporter's limit counters, in the same BatchGet.
    const limitKeys = (wanted.limitCharges ?? []).map((c) => reportLimitKey(hospitalId, c.userId, c.windowSeconds, c.startEpoch));
    const items = await batchGetItems(this.doc, this.tableName, [
      keys.idempotency,
      keys.hospital,
      keys.category,
      ...(keys.qr ? [keys.qr] : []),
      ...wanted.place.locationIds.map((id) => locationKey(hospitalId, id)),
      ...wanted.place.assetIds.map((id) => assetKey(hospitalId, id)),
      ...limitKeys,
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
      limitCounts: limitKeys.map((key) => Number(itemOf(key)?.n ?? 0)),
      ...placePartsOf(items),
    };
  }

  async create(ticket: TicketRecord, event: TicketEventRecord, idem: IdempotencyRecord, notifications: readonly NotificationIntent[], guards: ReportGuards = {}): Promise<void> {
    const charges = guards.limitCharges ?? [];
    const reportItems = [
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
      ...searchTokenPuts(this.tableName, ticket),
    ];
    const firstCharge = reportItems.length;
    const items = [
      ...reportItems,
      ...charges.map((c) => limitChargeItem(this.tableName, ticket.hospitalId, c)),
      ...(guards.burst ? [burstCountItem(this.tableName, ticket.hospitalId, guards.burst.group, ticket.id)] : []),
      ...(guards.burst?.alert ? [groupedAlertItem(this.tableName, ticket.hospitalId, guards.burst.alert, ticket.createdAt)] : []),
      ...(guards.incidentLink ? [incidentLinkPut(this.tableName, guards.incidentLink)] : []),
    ];
    try {
      await withRetries(() => this.doc.send(new TransactWriteCommand({ TransactItems: items })), REPORT_CONFLICT_RETRY, (error) => cancellationReasons(error)?.conflicted === true);
    } catch (error) {
      const reasons = cancellationReasons(error);
      // Item 0 is the idempotency record: its key is taken by a concurrent attempt with the same key.
      if (reasons?.conditionFailed(0)) throw new IdempotencyKeyTakenError();
      // A limit window filled up since the report read it.
      const full = charges.filter((_, i) => reasons?.conditionFailed(firstCharge + i));
      if (full.length > 0) throw refusalFor(full, new Date(ticket.createdAt));
      // Still contended after the retries: many reports at once on the same counters. Nothing was written.
      if (reasons?.conflicted) {
        throw new RateLimitedError('Too many reports at once; try again in a moment', '同时提交的报修过多，请稍后再试', { cause: error, retryAfterSeconds: 1 });
      }
      throw error;
    }
  }

  /** AP-61 the burst counter of a place and category in one window. */
  async readBurstCounter(hospitalId: string, group: BurstGroup): Promise<BurstCounter | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: burstKey(hospitalId, group.locationId, group.categoryCode, group.windowSeconds, group.startEpoch) }),
    );
    if (!out.Item || typeof out.Item.firstTicketId !== 'string') return null;
    return { reports: Number(out.Item.n ?? 0), firstTicketId: out.Item.firstTicketId };
  }

  /** Each change with its event and outbox; AP-120: a command's idempotency record, only if its key is new. */
  async applyChanges(changes: readonly TicketChange[], idem?: IdempotencyRecord): Promise<void> {
    const idempotencyPut = idem
      ? [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...idempotencyKey(idem.hospitalId, idem.userId, idem.key), entity: 'idempotency', ...idem, ttl: idem.expiresAtEpoch },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ]
      : [];
    const items = [...idempotencyPut, ...changes.flatMap((c) => ticketChangeItems(this.tableName, c))];
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

  /** AP-14 tickets by reporter, newest first (GSI1); a multi-team job its starter started is one item there (AP-387). */
  async listByReporter(hospitalId: string, reporterId: string, page: PageRequest): Promise<Page<TicketRecord | JobRecord>> {
    const pk = byReporter(hospitalId, reporterId);
    const input = { TableName: this.tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ScanIndexForward: false };
    const { items, nextCursor } = await queryPage(this.doc, input, page, this.cursors);
    return { items: items.map((i) => (i.entity === 'job' ? parseItem(JobRecordSchema, i) : parseItem(TicketRecordSchema, i))), nextCursor };
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

  /**
   * AP-19 a page of the desk queue in its sort order (urgency, then the next deadline); the
   * filters run in DynamoDB, so a page may hold fewer than `limit`. Completed tickets have left
   * the queue: until their callback they sit under CB# (a callback needs a confirmed ticket, so
   * every completed one is there), newest first. The first page also counts the whole listing.
   */
  async pageDeskQueue(hospitalId: string, filters: DeskQueueFilters, page: PageRequest): Promise<Page<TicketRecord>> {
    const pk = deskIndex(hospitalId);
    const completed = filters.status === 'completed';
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':pk': pk, ':prefix': completed ? CALLBACK_PREFIX : QUEUE_PREFIX };
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
    return this.countedPage(
      {
        TableName: this.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk AND begins_with(GSI3SK, :prefix)',
        ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
        ...(completed ? { ScanIndexForward: false } : {}),
      },
      page,
    );
  }

  /** AP-19 (CB#) callbacks owed for tickets completed since `since`, the longest waiting first; older ones have aged out. */
  pageCallbacksDue(hospitalId: string, since: Date, page: PageRequest): Promise<Page<TicketRecord>> {
    const pk = deskIndex(hospitalId);
    return this.countedPage(
      {
        TableName: this.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk AND GSI3SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': pk, ':from': `${CALLBACK_PREFIX}${since.toISOString()}`, ':to': `${CALLBACK_PREFIX}\uffff` },
      },
      page,
    );
  }

  /** AP-19 (CB#, Select COUNT) completions in a time range still owed a callback, optionally of one category or building. */
  async countCallbacksOwed(hospitalId: string, completedFrom: string, completedBefore: string, filter: { category?: string | undefined; building?: string | undefined }): Promise<number> {
    const conditions: string[] = [];
    const values: Record<string, string> = { ':pk': deskIndex(hospitalId), ':from': `${CALLBACK_PREFIX}${completedFrom}`, ':to': `${CALLBACK_PREFIX}${completedBefore}` };
    if (filter.category) {
      conditions.push('categoryCode = :category');
      values[':category'] = filter.category;
    }
    if (filter.building) {
      conditions.push('contains(locationAncestorIds, :building)');
      values[':building'] = filter.building;
    }
    let total = 0;
    for await (const out of queryPages(this.doc, {
      TableName: this.tableName,
      IndexName: 'GSI3',
      // BETWEEN is inclusive; the upper bound is an instant with no "#<id>" after it, so a completion at exactly that instant sorts above it.
      KeyConditionExpression: 'GSI3PK = :pk AND GSI3SK BETWEEN :from AND :to',
      ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
      ExpressionAttributeValues: values,
      Select: 'COUNT',
    })) {
      total += out.Count ?? 0;
    }
    return total;
  }

  /** AP-56 tickets by a search token, newest first: one Query of the search items, then one BatchGetItem of their tickets. */
  async searchByToken(hospitalId: string, token: SearchToken, page: PageRequest): Promise<Page<TicketRecord>> {
    const pk = searchPk(hospitalId);
    const { items, nextCursor } = await queryPage(
      this.doc,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :token)',
        ExpressionAttributeValues: { ':pk': pk, ':token': searchTokenPrefix(token.kind, token.prefix) },
        ScanIndexForward: false,
      },
      page,
      this.cursors,
    );
    const ticketIds = [...new Set(items.map((i) => String(i.ticketId)))];
    const found = itemsByKey(await batchGetItems(this.doc, this.tableName, ticketIds.map((id) => ticketKey(hospitalId, id))));
    const tickets = ticketIds.flatMap((id) => {
      const item = found(ticketKey(hospitalId, id));
      return item ? [parseItem(TicketRecordSchema, item)] : [];
    });
    return { items: tickets, nextCursor };
  }

  /** AP-57 every ticket at a location (GSI5 T#), open ones first, newest first. */
  listAtLocation(hospitalId: string, locationId: string, page: PageRequest): Promise<Page<TicketRecord>> {
    return this.page('GSI5', atLocation(hospitalId, locationId), ANY_TICKET_PREFIX, page);
  }

  /** AP-19 a page of the open complaints (GSI3, CP#), oldest first. */
  pageOpenComplaints(hospitalId: string, page: PageRequest): Promise<Page<TicketRecord>> {
    return this.page('GSI3', deskIndex(hospitalId), COMPLAINT_PREFIX, page, 'oldestFirst');
  }

  /** AP-20 due watches (GSI4, sparse, keys only): one Query per shard, in parallel. */
  async listDueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; ticketId: string }[]> {
    // The index also holds planned work orders' overdue entries (the work order commands read those).
    return (await dueDeadlineKeys(this.doc, this.tableName, now, limitPerShard)).filter((pk) => !isWorkOrderPk(pk) && !isIncidentPk(pk)).map(parseTicketPk);
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
    );
  }

  /** One page, and on the first page (no cursor) the count of the whole listing with the same filters. */
  private async countedPage(input: QueryCommandInput, page: PageRequest): Promise<Page<TicketRecord>> {
    const [found, total] = await Promise.all([this.ticketPage(input, page), page.cursor ? Promise.resolve(undefined) : this.count(input)]);
    return total === undefined ? found : { ...found, total };
  }

  private async count(input: QueryCommandInput): Promise<number> {
    let total = 0;
    for await (const out of queryPages(this.doc, { ...input, Select: 'COUNT' })) total += out.Count ?? 0;
    return total;
  }

  private async ticketPage(input: QueryCommandInput, page: PageRequest): Promise<Page<TicketRecord>> {
    const { items, nextCursor } = await queryPage(this.doc, input, page, this.cursors);
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
