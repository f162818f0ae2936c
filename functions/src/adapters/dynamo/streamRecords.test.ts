import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { outboxItemOf } from './streamRecords';

const outbox = {
  PK: 'H#h1#T#T1',
  SK: 'OUT#00000001#80',
  entity: 'outbox',
  hospitalId: 'h1',
  ticketId: 'T1',
  eventSeq: 1,
  eventType: 'submitted',
  createdAt: '2026-12-01T12:31:00.000Z',
  kind: 'reports_grouped',
  userIds: [],
  roles: ['dispatcher'],
  onShiftOnly: false,
};
const group = { reports: 4, windowMinutes: 10, locationId: 'B5-0201', locationName: '重症监护室 A区', categoryName: '供电' };
const streamRecord = (eventName: 'INSERT' | 'MODIFY', image: Record<string, unknown>) =>
  ({ eventName, dynamodb: { NewImage: marshall(image) as never, SequenceNumber: '1' } }) as DynamoDBRecord;

describe('outbox items from the stream', () => {
  it('delivers a grouped alert when it is raised', () => {
    expect(outboxItemOf(streamRecord('INSERT', { ...outbox, group }))).toEqual({
      hospitalId: 'h1', ticketId: 'T1', outboxId: '00000001-80', kind: 'reports_grouped', userIds: [], roles: ['dispatcher'], onShiftOnly: false,
      eventSeq: 1, eventType: 'submitted', createdAt: '2026-12-01T12:31:00.000Z', group,
    });
  });

  it('refreshes a grouped alert when a later report rewrites it', () => {
    expect(outboxItemOf(streamRecord('MODIFY', { ...outbox, group }))).toMatchObject({ outboxId: '00000001-80', refresh: true, group });
  });

  it('ignores any other outbox item that changes', () => {
    expect(outboxItemOf(streamRecord('MODIFY', { ...outbox, SK: 'OUT#00000001#0', kind: 'emergency_reported' }))).toBeNull();
  });
});
