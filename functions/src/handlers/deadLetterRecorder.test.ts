import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { FailedRecord, StreamRange, StreamReader } from '../domain/notify/deadLetters';
import { noMetrics } from '../domain/metrics';
import type { DeadLetter } from '../domain/ports';
import { consumerOfQueue, recordFailedBatches } from './deadLetterRecorder';

// Cloud only (the local stack has no queues: its stream poller writes the dead letters itself), so
// the handler is tested here with a fake stream and a fake repository; the stream reader's AWS
// calls (GetShardIterator AT_SEQUENCE_NUMBER, GetRecords) run only in the cloud.

const STREAM = 'arn:aws:dynamodb:cn-north-1:123456789012:table/hfr-dev/stream/2026-11-01T00:00:00.000';
const queue = (consumer: string) => `arn:aws-cn:sqs:cn-north-1:123456789012:hfr-dev-${consumer}-dlq`;

function failureMessage(consumer: string, range: Partial<StreamRange> = {}, messageId = 'm1'): SQSRecord {
  const body = {
    requestContext: { requestId: 'r1', functionArn: `arn:aws:lambda:cn-north-1:123456789012:function:hfr-dev-${consumer}`, condition: 'RetryAttemptsExhausted', approximateInvokeCount: 6 },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: '2026-11-23T02:00:00.000Z',
    DDBStreamBatchInfo: { shardId: 'shardId-0001', startSequenceNumber: '100', endSequenceNumber: '300', streamArn: STREAM, batchSize: 3, ...range },
  };
  return { messageId, body: JSON.stringify(body), eventSourceARN: queue(consumer) } as SQSRecord;
}

const outbox = (seq: string, hospitalId = 'h1'): FailedRecord => ({
  eventId: `e${seq}`,
  sequenceNumber: seq,
  eventName: 'INSERT',
  image: { entity: 'outbox', hospitalId, ticketId: 'T1', kind: 'assigned' },
  outboxId: `${seq}-0`,
});

function fakes(records: FailedRecord[] | null | Error) {
  const reads: StreamRange[] = [];
  const letters: DeadLetter[] = [];
  const streams: StreamReader = {
    async read(range) {
      reads.push(range);
      if (records instanceof Error) throw records;
      return records;
    },
  };
  const logs: Record<string, unknown>[] = [];
  const handler = recordFailedBatches(async () => ({ streams, notifications: { putDeadLetter: async (l: DeadLetter) => void letters.push(l) }, metrics: noMetrics }), (e) => logs.push(e));
  return { handler, reads, letters, logs };
}

describe('deadLetterRecorder', () => {
  it("reads the failed batch back from the stream at its sequence numbers and writes a dead letter per record the notifier was handed", async () => {
    const ticketUpdate: FailedRecord = { eventId: 'e200', sequenceNumber: '200', eventName: 'MODIFY', image: { entity: 'ticket', hospitalId: 'h1', id: 'T1' }, outboxId: null };
    const { handler, reads, letters } = fakes([outbox('100'), ticketUpdate, outbox('300', 'h2')]);
    const result = await handler({ Records: [failureMessage('notifier')] } as SQSEvent);
    expect(result.batchItemFailures).toEqual([]);
    expect(reads).toEqual([{ shardId: 'shardId-0001', startSequenceNumber: '100', endSequenceNumber: '300', streamArn: STREAM, batchSize: 3, consumer: 'notifier', attempts: 6, failedAt: '2026-11-23T02:00:00.000Z' }]);
    // Changed on purpose (issue 11): the notifier's letters name their outbox item and wait for the redrive, a minute on.
    const redrive = { userId: null, state: 'retrying', nextAttemptAt: '2026-11-23T02:01:00.000Z', lastFailure: 'failed', resends: 0 };
    expect(letters).toEqual([
      { hospitalId: 'h1', id: 'e100', at: '2026-11-23T02:00:00.000Z', ticketId: 'T1', kind: 'assigned', attempts: 6, error: 'notifier kept failing; set aside after 6 attempts', outboxId: '100-0', ...redrive },
      { hospitalId: 'h2', id: 'e300', at: '2026-11-23T02:00:00.000Z', ticketId: 'T1', kind: 'assigned', attempts: 6, error: 'notifier kept failing; set aside after 6 attempts', outboxId: '300-0', ...redrive },
    ]);
  });

  it("records the aggregator's ticket records from its own queue, with the ticket's id", async () => {
    const { handler, letters } = fakes([{ eventId: 'e7', sequenceNumber: '150', eventName: 'MODIFY', image: { entity: 'ticket', hospitalId: 'h1', id: 'T9' }, outboxId: null }, outbox('160')]);
    await handler({ Records: [failureMessage('aggregator')] } as SQSEvent);
    expect(letters.map((l) => [l.id, l.ticketId, l.error])).toEqual([['e7', 'T9', 'aggregator kept failing; set aside after 6 attempts']]);
  });

  it('drops a batch whose records have left the stream, with an error in the log', async () => {
    const { handler, letters, logs } = fakes(null);
    const result = await handler({ Records: [failureMessage('notifier')] } as SQSEvent);
    expect(result.batchItemFailures).toEqual([]);
    expect(letters).toEqual([]);
    expect(logs).toEqual([expect.objectContaining({ level: 'error', msg: 'failed batch no longer in the stream', consumer: 'notifier' })]);
  });

  it('returns only the messages it could not record, so SQS delivers those again', async () => {
    const { handler } = fakes(new Error('throttled'));
    const unknownQueue = { ...failureMessage('notifier', {}, 'm3'), eventSourceARN: 'arn:aws:sqs:cn-north-1:1:other' };
    const garbled = { ...failureMessage('notifier', {}, 'm2'), body: '{"not":"a failure"}' };
    const result = await handler({ Records: [failureMessage('notifier', {}, 'm1'), garbled, unknownQueue] } as SQSEvent);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }]);
  });

  it("tells a queue's consumer by its name in infra/queues.yml", () => {
    expect(consumerOfQueue(queue('notifier'))).toBe('notifier');
    expect(consumerOfQueue(queue('aggregator'))).toBe('aggregator');
    expect(consumerOfQueue('arn:aws:sqs:cn-north-1:1:hfr-dev-photos')).toBeNull();
  });
});
