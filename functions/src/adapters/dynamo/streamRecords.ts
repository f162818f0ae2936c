import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { BatchRecord } from '../../domain/notify/deliverOutbox';
import type { GroupedAlertFacts, IncidentFacts, JobFacts, OutboxItem, WorkOrderFacts } from '../../domain/ports';
import type { TicketChangeRecord } from '../../domain/reports/aggregateChanges';
import type { TicketRecord } from '../../domain/records';
import { parseItem } from './items';
import { TicketRecordSchema } from './recordSchemas';
import { outboxIdOf } from './keys';

/** The record's id in a partial batch response: its sequence number (what Lambda resumes from). */
export function recordId(record: DynamoDBRecord): string {
  return record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
}

/**
 * The outbox item a stream record inserted, or a grouped alert it rewrote (`refresh`); null for
 * any other record (other updates, other entities).
 */
export function outboxItemOf(record: DynamoDBRecord): OutboxItem | null {
  if ((record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') || !record.dynamodb?.NewImage) return null;
  const image = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
  if (image.entity !== 'outbox') return null;
  // A work order's notice (issue 15) is delivered like a ticket's, named by the order's id, in
  // the words of its facts (adapters/dynamo/workOrderCommands.ts workOrderOutboxPuts).
  if (record.eventName === 'MODIFY' && !image.group) return null;
  return outboxItemOfImage(image, record.eventName === 'MODIFY');
}

/** An outbox item as stored (`refresh`: the rewrite of a grouped alert). */
export function outboxItemOfImage(image: Record<string, unknown>, refresh = false): OutboxItem {
  const group = image.group as GroupedAlertFacts | undefined;
  const workOrder = image.workOrder as WorkOrderFacts | undefined;
  const incident = image.incident as IncidentFacts | undefined;
  const job = image.job as JobFacts | undefined;
  return {
    ...(incident ? { incident } : {}),
    ...(group ? { group } : {}),
    ...(workOrder ? { workOrder } : {}),
    // A multi-team job's job_done (issue 16, adapters/dynamo/jobRepository.ts): named by the job's id.
    ...(job ? { job } : {}),
    ...(refresh ? { refresh: true } : {}),
    hospitalId: String(image.hospitalId),
    // A work order's item names its order (the generator's may say workOrderId only).
    ticketId: String(image.ticketId ?? image.workOrderId),
    outboxId: outboxIdOf(String(image.SK)),
    kind: image.kind as OutboxItem['kind'],
    userIds: (image.userIds as string[] | undefined) ?? [],
    roles: (image.roles as OutboxItem['roles'] | undefined) ?? [],
    onShiftOnly: image.onShiftOnly === true,
    eventSeq: Number(image.eventSeq),
    eventType: String(image.eventType),
    createdAt: String(image.createdAt),
  };
}

export function toBatchRecords(records: readonly DynamoDBRecord[]): BatchRecord[] {
  return records.map((r) => ({ id: recordId(r), item: outboxItemOf(r) }));
}

function ticketImage(image: unknown): TicketRecord | null {
  if (!image) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  return item.entity === 'ticket' ? parseItem(TicketRecordSchema, item) : null;
}

/** A ticket item's change (old and new image) for the aggregator; null for anything else. */
export function ticketChangeOf(record: DynamoDBRecord): TicketChangeRecord | null {
  if (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') return null;
  const after = ticketImage(record.dynamodb?.NewImage);
  if (!after) return null;
  return { id: recordId(record), before: record.eventName === 'MODIFY' ? ticketImage(record.dynamodb?.OldImage) : null, after };
}
