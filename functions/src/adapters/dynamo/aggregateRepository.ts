import { cancellationReasons } from './transactions';
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { addMonths, format, parseISO } from 'date-fns';
import { MAX_OPEN_FAULTS, type AggregateChange, type AggregateRepository, type AggregateRow, type LostVersion, type ReconcileRun } from '../../domain/reports/aggregatePort';
import type { CellCorrection } from '../../domain/reports/reconcile';
import { appliedKey } from '../../domain/reports/reconcilePeriod';
import { batchGetItems } from './batchGet';
import { putAll } from './batchWrite';
import { ReconcileRunSchema } from './recordSchemas';
import type { OpenFault, OpenFaultChange } from '../../domain/reports/openFaults';
import type { TicketSheetRow } from '../../domain/reports/ticketSheet';
import type { AggKind, AggregateCell } from '../../domain/reports/ticketDeltas';
import { AGGREGATE_DAY_PREFIX, AGGREGATOR_OUTBOX_SLOT, CLOSED_TICKET_PREFIX, OPEN_TICKET_PREFIX, aggregateDoneKey, aggregateKey, reconcileRunKey, aggregatePk, ofAsset, openFaultKey, openFaultPk, outboxKey, ticketSheetKey, ticketSheetPk } from './keys';
import { parseItem } from './items';
import { OpenFaultSchema, TicketSheetRowSchema } from './recordSchemas';
import { queryPages } from './pagination';
import { queryAllItems } from './query';

/** Items read per page of the ticket sheet: a page stays well under DynamoDB's 1 MB. */
const SHEET_PAGE_ITEMS = 500;

/** Stream records are kept 24 h: a marker older than a week can never meet a redelivery. */
const MARKER_KEEP_SECONDS = 7 * 24 * 3600;
const COUNTER_PREFIX = 'c_';
const ATTR_PREFIX = 'a_';

/** One UpdateItem of a transaction: SET the descriptive attributes, ADD every counter's delta. */
function cellUpdate(tableName: string, hospitalId: string, cell: AggregateCell) {
  const names: Record<string, string> = { '#kind': 'kind', '#day': 'day', '#value': 'value', '#entity': 'entity' };
  const values: Record<string, unknown> = { ':kind': cell.kind, ':day': cell.day, ':value': cell.value, ':entity': 'aggregate' };
  const sets = ['#kind = :kind', '#day = :day', '#value = :value', '#entity = :entity'];
  Object.entries(cell.attrs).forEach(([k, v], i) => {
    names[`#a${i}`] = `${ATTR_PREFIX}${k}`;
    values[`:a${i}`] = v;
    sets.push(`#a${i} = :a${i}`);
  });
  const adds = Object.entries(cell.counters).map(([k, v], i) => {
    names[`#c${i}`] = `${COUNTER_PREFIX}${k}`;
    values[`:c${i}`] = v;
    return `#c${i} :c${i}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: aggregateKey(hospitalId, cell.kind, cell.day, cell.value),
      UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** A reconcile correction: the cell's ADD, conditional on each corrected counter still holding the value read. */
function correctionUpdate(tableName: string, hospitalId: string, correction: CellCorrection) {
  const { Update } = cellUpdate(tableName, hospitalId, correction.cell);
  const names: Record<string, string> = { ...Update.ExpressionAttributeNames };
  const values: Record<string, unknown> = { ...Update.ExpressionAttributeValues };
  const conditions = Object.entries(correction.read).map(([k, v], i) => {
    names[`#r${i}`] = `${COUNTER_PREFIX}${k}`;
    if (v === 0) return `(attribute_not_exists(#r${i}) OR #r${i} = :zero)`;
    values[`:r${i}`] = v;
    return `#r${i} = :r${i}`;
  });
  if (Object.values(correction.read).includes(0)) values[':zero'] = 0;
  return { ...Update, ExpressionAttributeNames: names, ExpressionAttributeValues: values, ConditionExpression: conditions.join(' AND ') };
}

/** The ticket's sheet line, overwritten by each version (the stream delivers a ticket's versions in order). */
function sheetRowPut(tableName: string, hospitalId: string, row: TicketSheetRow) {
  return { Put: { TableName: tableName, Item: { ...ticketSheetKey(hospitalId, row.day, row.ticketId), entity: 'ticketSheetRow', ...row } } };
}

/** An open fault is kept as it is now; a fault no longer open is removed (a Delete of a missing item is a no-op). */
function openFaultWrite(tableName: string, hospitalId: string, change: OpenFaultChange) {
  const Key = openFaultKey(hospitalId, change.assetId, change.ticketId);
  return change.fault ? { Put: { TableName: tableName, Item: { ...Key, entity: 'openFault', ...change.fault } } } : { Delete: { TableName: tableName, Key } };
}

/** yyyy-MM of every month the days from..to touch. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = parseISO(`${from.slice(0, 7)}-01`); format(m, 'yyyy-MM') <= to.slice(0, 7); m = addMonths(m, 1)) months.push(format(m, 'yyyy-MM'));
  return months;
}

function toRow(item: Record<string, unknown>): AggregateRow {
  const attrs: Record<string, string> = {};
  const counters: Record<string, number> = {};
  for (const [k, v] of Object.entries(item)) {
    if (k.startsWith(ATTR_PREFIX)) attrs[k.slice(ATTR_PREFIX.length)] = String(v);
    else if (k.startsWith(COUNTER_PREFIX) && Number(v) !== 0) counters[k.slice(COUNTER_PREFIX.length)] = Number(v);
  }
  return { kind: item.kind as AggKind, day: String(item.day), value: String(item.value), attrs, counters };
}

export class DynamoAggregateRepository implements AggregateRepository {
  /** Read capacity of the last listDays calls, for the bench (ReturnConsumedCapacity TOTAL). */
  consumed = { capacityUnits: 0, items: 0, queries: 0 };

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-40 one dimension kind over a period: `PK = H#<hid>#AGG#<kind> AND SK BETWEEN DAY#<from># AND DAY#<to>#\uffff`. */
  async listDays(hospitalId: string, kind: AggKind, from: string, to: string): Promise<AggregateRow[]> {
    const items: Record<string, unknown>[] = [];
    for await (const out of queryPages(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': aggregatePk(hospitalId, kind), ':from': `${AGGREGATE_DAY_PREFIX}${from}#`, ':to': `${AGGREGATE_DAY_PREFIX}${to}#\uffff` },
      ReturnConsumedCapacity: 'TOTAL',
    })) {
      items.push(...(out.Items ?? []));
      this.consumed.capacityUnits += out.ConsumedCapacity?.CapacityUnits ?? 0;
      this.consumed.items += out.Count ?? 0;
      this.consumed.queries += 1;
    }
    return items.map(toRow);
  }

  /** One TransactWriteItems: the version's marker (attribute_not_exists) + an ADD per changed item (+ an alert's outbox item). */
  async applyOnce(change: AggregateChange): Promise<boolean> {
    const now = new Date();
    const marker = {
      Put: {
        TableName: this.tableName,
        Item: {
          ...aggregateDoneKey(change.hospitalId, change.ticketId, change.version),
          entity: 'aggregateDone',
          ttl: Math.floor(now.getTime() / 1000) + MARKER_KEEP_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
    const alert = change.alert
      ? [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...outboxKey(change.hospitalId, change.ticketId, change.version, AGGREGATOR_OUTBOX_SLOT),
                entity: 'outbox',
                hospitalId: change.hospitalId,
                ticketId: change.ticketId,
                eventSeq: change.version,
                eventType: change.alert.kind,
                createdAt: now.toISOString(),
                ...change.alert,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ]
      : [];
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            marker,
            ...change.cells.map((c) => cellUpdate(this.tableName, change.hospitalId, c)),
            ...(change.sheetRow ? [sheetRowPut(this.tableName, change.hospitalId, change.sheetRow)] : []),
            ...(change.openFault ? [openFaultWrite(this.tableName, change.hospitalId, change.openFault)] : []),
            ...alert,
          ],
        }),
      );
      return true;
    } catch (error) {
      // Item 0 is the marker: this ticket version was applied already.
      if (cancellationReasons(error)?.conditionFailed(0)) return false;
      throw error;
    }
  }

  /** AP-72 BatchGetItem of the versions' markers (`AGGDONE#<version>` beside each ticket). */
  async appliedVersions(hospitalId: string, versions: readonly { ticketId: string; version: number }[]): Promise<Set<string>> {
    const items = await batchGetItems(this.doc, this.tableName, versions.map((v) => aggregateDoneKey(hospitalId, v.ticketId, v.version)));
    const applied = new Set<string>();
    for (const v of versions) {
      const key = aggregateDoneKey(hospitalId, v.ticketId, v.version);
      if (items.some((i) => i.PK === key.PK && i.SK === key.SK)) applied.add(appliedKey(v.ticketId, v.version));
    }
    return applied;
  }

  /**
   * Every version up to the lost one is marked applied (a redelivery of any of them, after the
   * reconcile counted the ticket as it is now, must add nothing); then its sheet line and open fault.
   */
  async restoreLost(hospitalId: string, lost: LostVersion): Promise<void> {
    const ttl = Math.floor(Date.now() / 1000) + MARKER_KEEP_SECONDS;
    const markers = Array.from({ length: lost.version }, (_, i) => ({ ...aggregateDoneKey(hospitalId, lost.ticketId, i + 1), entity: 'aggregateDone', ttl, restoredBy: 'reconcile' }));
    await putAll(this.doc, this.tableName, markers);
    await this.doc.send(new PutCommand(sheetRowPut(this.tableName, hospitalId, lost.sheetRow).Put));
    if (lost.openFault) {
      const write = openFaultWrite(this.tableName, hospitalId, lost.openFault);
      if ('Put' in write && write.Put) await this.doc.send(new PutCommand(write.Put));
    }
  }

  /** One conditional UpdateItem per correction: a counter the stream consumer moved meanwhile leaves that item for the next run. */
  async correctCells(hospitalId: string, corrections: readonly CellCorrection[]): Promise<{ corrected: number; conflicts: number }> {
    let corrected = 0;
    let conflicts = 0;
    for (const c of corrections) {
      try {
        await this.doc.send(new UpdateCommand(correctionUpdate(this.tableName, hospitalId, c)));
        corrected += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        conflicts += 1;
      }
    }
    return { corrected, conflicts };
  }

  /** AP-73 PutItem `RECONCILE#LATEST` (the latest run replaces the one before). */
  async recordReconcile(run: ReconcileRun): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...reconcileRunKey(run.hospitalId), entity: 'reconcileRun', ...run } }));
  }

  async lastReconcile(hospitalId: string): Promise<ReconcileRun | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: reconcileRunKey(hospitalId) }));
    return out.Item ? parseItem(ReconcileRunSchema, out.Item) : null;
  }

  /** AP-42 `PK = H#<hid>#OPENFAULT`, page after page up to MAX_OPEN_FAULTS items. */
  async listOpenFaults(hospitalId: string): Promise<OpenFault[]> {
    const faults: OpenFault[] = [];
    for await (const out of queryPages(this.doc, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': openFaultPk(hospitalId) } })) {
      faults.push(...(out.Items ?? []).map((i) => parseItem(OpenFaultSchema, i)));
      if (faults.length >= MAX_OPEN_FAULTS) break;
    }
    return faults.slice(0, MAX_OPEN_FAULTS);
  }

  /** AP-43 one Query per month of the period, `SK BETWEEN DAY#<from># AND DAY#<to>#\uffff`, in pages, stopping at `limit`. */
  async listTicketRows(hospitalId: string, from: string, to: string, limit: number): Promise<{ rows: TicketSheetRow[]; truncated: boolean }> {
    const rows: TicketSheetRow[] = [];
    for (const month of monthsOf(from, to)) {
      for await (const out of queryPages(this.doc, {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': ticketSheetPk(hospitalId, month), ':from': `${AGGREGATE_DAY_PREFIX}${from}#`, ':to': `${AGGREGATE_DAY_PREFIX}${to}#\uffff` },
        Limit: SHEET_PAGE_ITEMS,
      })) {
        rows.push(...(out.Items ?? []).map((i) => parseItem(TicketSheetRowSchema, i)));
        if (rows.length > limit) return { rows: rows.slice(0, limit), truncated: true };
      }
    }
    return { rows, truncated: false };
  }

  /** AP-41 faults of an asset reported since a time: GSI6 (AP-17) by creation time, open and closed ones. */
  async assetFaultTimes(hospitalId: string, assetId: string, since: string): Promise<{ ticketId: string; createdAt: string; status: string }[]> {
    const read = (prefix: string) =>
      queryAllItems(this.doc, {
        TableName: this.tableName,
        IndexName: 'GSI6',
        KeyConditionExpression: 'GSI6PK = :pk AND GSI6SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': ofAsset(hospitalId, assetId), ':from': `${prefix}${since}`, ':to': `${prefix}\uffff` },
        ProjectionExpression: 'id, createdAt, #s',
        ExpressionAttributeNames: { '#s': 'status' },
      });
    const items = [...(await read(OPEN_TICKET_PREFIX)), ...(await read(CLOSED_TICKET_PREFIX))];
    return items.map((i) => ({ ticketId: String(i.id), createdAt: String(i.createdAt), status: String(i.status) }));
  }
}
