import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { NotificationIntent } from '../../domain/notifications';
import type { IncidentFacts } from '../../domain/ports';
import type { IncidentChange, IncidentRepository, IncidentTimeline } from '../../domain/incidents/ports';
import { IncidentEventRecord, IncidentLinkRecord, IncidentRecord, IncidentSettingsRecord, OpenIncidentMarker } from '../../domain/incidents/records';
import { batchGetItems } from './batchGet';
import { dueDeadlineKeys } from './deadlineIndex';
import { nextOfDailyCounter } from './dailyCounter';
import { parseItem } from './items';
import {
  hospitalPk,
  incidentCounterKey,
  incidentEventKey,
  incidentKey,
  incidentLinkKey,
  incidentMonthPk,
  incidentMonthSortKey,
  incidentOutboxKey,
  incidentPk,
  incidentSettingsKey,
  incidentShardOf,
  INCIDENT_LINK_PREFIX,
  isIncidentPk,
  OPEN_INCIDENT_PREFIX,
  openIncidentKey,
  parseIncidentPk,
  slaShard,
  ticketKey,
  TICKET_EVENT_PREFIX,
} from './keys';
import { queryAllItems } from './query';
import { cancellationReasons } from './transactions';
import { nextWatchAt } from '../../domain/incidents/clocks';

const COUNTER_KEEP_SECONDS = 8 * 24 * 3600;

/**
 * The incident's item with its index keys: GSI1 the month of its closing (AP-364) once closed;
 * GSI4 its earliest pending clock in the SLA deadline index (AP-365) while one is pending.
 */
export function incidentItem(incident: IncidentRecord): Record<string, unknown> {
  const watch = nextWatchAt(incident);
  return {
    ...incidentKey(incident.hospitalId, incident.id),
    ...(incident.status === 'closed' && incident.closedMonth
      ? { GSI1PK: incidentMonthPk(incident.hospitalId, incident.closedMonth), GSI1SK: incidentMonthSortKey(incident.declaredAt, incident.id) }
      : {}),
    ...(watch ? { GSI4PK: slaShard(incidentShardOf(incident.id)), GSI4SK: `${watch}#${incident.id}` } : {}),
    entity: 'incident',
    ...incident,
  };
}

/** What an incident's notification shows (there is no ticket to read words from). */
export function incidentFacts(incident: IncidentRecord): IncidentFacts {
  return { number: incident.number, grade: incident.grade, title: incident.title, where: incident.places.map((p) => p.name).join('、') };
}

/** The outbox items of an incident's change; `ticketId` holds the incident's id (the notifier names deliveries by it). */
function outboxPuts(tableName: string, incident: IncidentRecord, ev: IncidentEventRecord, notifications: readonly NotificationIntent[]) {
  return notifications.map((n, i) => ({
    Put: {
      TableName: tableName,
      Item: {
        ...incidentOutboxKey(incident.hospitalId, incident.id, ev.seq, i),
        entity: 'outbox',
        hospitalId: incident.hospitalId,
        ticketId: incident.id,
        incidentId: incident.id,
        incident: incidentFacts(incident),
        eventSeq: ev.seq,
        eventType: ev.type,
        createdAt: ev.at,
        ...n,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }));
}

/** The link item of a ticket reported about an open incident, put in the report's own transaction (ticketRepository.create). */
export function incidentLinkPut(tableName: string, link: IncidentLinkRecord) {
  return { Put: { TableName: tableName, Item: { ...incidentLinkKey(link.hospitalId, link.incidentId, link.ticketId), entity: 'incidentLink', ...link }, ConditionExpression: 'attribute_not_exists(PK)' } };
}

export class DynamoIncidentRepository implements IncidentRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(hospitalId: string, incidentId: string): Promise<IncidentRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: incidentKey(hospitalId, incidentId) }));
    return out.Item ? parseItem(IncidentRecord, out.Item) : null;
  }

  async getWithTimeline(hospitalId: string, incidentId: string): Promise<IncidentTimeline | null> {
    const items = await queryAllItems(this.doc, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': incidentPk(hospitalId, incidentId) } });
    const main = items.find((i) => i.SK === 'INC');
    if (!main) return null;
    return {
      incident: parseItem(IncidentRecord, main),
      events: items.filter((i) => String(i.SK).startsWith(TICKET_EVENT_PREFIX)).map((i) => parseItem(IncidentEventRecord, i)),
      links: items.filter((i) => String(i.SK).startsWith(INCIDENT_LINK_PREFIX)).map((i) => parseItem(IncidentLinkRecord, i)),
    };
  }

  nextNumber(hospitalId: string, day: string): Promise<number> {
    return nextOfDailyCounter(this.doc, this.tableName, incidentCounterKey(hospitalId, day), COUNTER_KEEP_SECONDS);
  }

  async apply(change: IncidentChange): Promise<void> {
    const { after, event } = change;
    const hid = after.hospitalId;
    const record =
      change.fromVersion === 0
        ? { Put: { TableName: this.tableName, Item: incidentItem(after), ConditionExpression: 'attribute_not_exists(PK)' } }
        : { Put: { TableName: this.tableName, Item: incidentItem(after), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': change.fromVersion } } };
    // The marker exists exactly while the incident is open: put with the declaration, deleted with the closing.
    const marker =
      change.fromVersion === 0
        ? [{ Put: { TableName: this.tableName, Item: { ...openIncidentKey(hid, after.id), entity: 'openIncident', hospitalId: hid, incidentId: after.id, categoryCodes: after.categoryCodes, placeIds: after.places.map((p) => p.id) } } }]
        : after.status === 'closed'
          ? [{ Delete: { TableName: this.tableName, Key: openIncidentKey(hid, after.id) } }]
          : [];
    const link = change.link
      ? 'put' in change.link
        ? [
            incidentLinkPut(this.tableName, change.link.put),
            { Update: { TableName: this.tableName, Key: ticketKey(hid, change.link.put.ticketId), UpdateExpression: 'SET incidentId = :i', ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: { ':i': after.id } } },
          ]
        : [
            { Delete: { TableName: this.tableName, Key: incidentLinkKey(hid, after.id, change.link.remove.ticketId) } },
            { Update: { TableName: this.tableName, Key: ticketKey(hid, change.link.remove.ticketId), UpdateExpression: 'SET incidentId = :n', ConditionExpression: 'incidentId = :i', ExpressionAttributeValues: { ':i': after.id, ':n': null } } },
          ]
      : [];
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            record,
            { Put: { TableName: this.tableName, Item: { ...incidentEventKey(hid, after.id, event.seq), entity: 'incidentEvent', ...event }, ConditionExpression: 'attribute_not_exists(PK)' } },
            ...outboxPuts(this.tableName, after, event, change.notifications),
            ...marker,
            ...link,
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) throw new ConflictError('The incident or its ticket changed meanwhile; reload it', '重大事件或工单已被他人更新，请刷新后重试', { cause: error });
      throw error;
    }
  }

  async listOpenMarkers(hospitalId: string): Promise<OpenIncidentMarker[]> {
    const out = await this.doc.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)', ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':p': OPEN_INCIDENT_PREFIX } }),
    );
    return (out.Items ?? []).map((i) => parseItem(OpenIncidentMarker, i));
  }

  async listOpen(hospitalId: string): Promise<IncidentRecord[]> {
    const markers = await this.listOpenMarkers(hospitalId);
    const items = await batchGetItems(this.doc, this.tableName, markers.map((m) => incidentKey(hospitalId, m.incidentId)));
    return items.map((i) => parseItem(IncidentRecord, i));
  }

  async listClosedOfMonth(hospitalId: string, month: string): Promise<IncidentRecord[]> {
    const items = await queryAllItems(this.doc, { TableName: this.tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': incidentMonthPk(hospitalId, month) } });
    return items.map((i) => parseItem(IncidentRecord, i));
  }

  async listDueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; incidentId: string }[]> {
    return (await dueDeadlineKeys(this.doc, this.tableName, now, limitPerShard)).filter(isIncidentPk).map(parseIncidentPk);
  }

  async getSettings(hospitalId: string): Promise<IncidentSettingsRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: incidentSettingsKey(hospitalId) }));
    return out.Item ? parseItem(IncidentSettingsRecord, out.Item) : null;
  }

  async putSettings(record: IncidentSettingsRecord, fromVersion: number): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...incidentSettingsKey(record.hospitalId), entity: 'incidentSettings', ...record },
          ...(fromVersion === 0 ? { ConditionExpression: 'attribute_not_exists(PK)' } : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': fromVersion } }),
        }),
      );
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') throw new ConflictError('The settings changed meanwhile; reload them', '设置已被他人修改，请刷新后重试', { cause: error });
      throw error;
    }
  }

  async ticketStatuses(hospitalId: string, ticketIds: readonly string[]): Promise<Map<string, string>> {
    if (ticketIds.length === 0) return new Map();
    const items = await batchGetItems(this.doc, this.tableName, ticketIds.map((id) => ticketKey(hospitalId, id)));
    return new Map(items.map((i) => [String(i.id), String(i.status)]));
  }
}
