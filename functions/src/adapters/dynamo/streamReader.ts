import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record as StreamRecord } from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { FailedRecord, StreamRange, StreamReader } from '../../domain/notify/deadLetters';
import { outboxIdOf } from './keys';

/** Pages read past the batch's first record before giving up on reaching its last (an open shard answers empty pages). */
const MAX_PAGES = 20;
const RECORDS_PER_PAGE = 1000;
/** The stream no longer holds the range (past the 24 h retention, or the stream was replaced). */
const GONE = new Set(['TrimmedDataAccessException', 'ResourceNotFoundException', 'ExpiredIteratorException']);

/** The new image, and the outbox id its key names when it is an outbox item (what the redrive delivers again). */
function imageAndOutboxId(raw: unknown): Pick<FailedRecord, 'image' | 'outboxId'> {
  const image = raw ? unmarshall(raw as Record<string, AttributeValue>) : null;
  return { image, outboxId: image?.entity === 'outbox' && typeof image.SK === 'string' ? outboxIdOf(image.SK) : null };
}

/** A record as Lambda handed it to a consumer (the local stream poller's dead letters). */
export function failedRecordOf(record: DynamoDBRecord): FailedRecord {
  return {
    eventId: record.eventID ?? null,
    sequenceNumber: record.dynamodb?.SequenceNumber ?? null,
    eventName: record.eventName ?? null,
    ...imageAndOutboxId(record.dynamodb?.NewImage),
  };
}

function failedRecordOfStream(record: StreamRecord): FailedRecord {
  return {
    eventId: record.eventID ?? null,
    sequenceNumber: record.dynamodb?.SequenceNumber ?? null,
    eventName: record.eventName ?? null,
    ...imageAndOutboxId(record.dynamodb?.NewImage),
  };
}

/**
 * Reads a failed batch back from the table's stream (the DLQ message names the range, not the
 * records): GetShardIterator AT_SEQUENCE_NUMBER of the first record, then GetRecords until past
 * the last. Cloud only: the local stack's poller has the records in hand.
 */
export class DynamoStreamReader implements StreamReader {
  constructor(private readonly client: Pick<DynamoDBStreamsClient, 'send'>) {}

  static create(region: string): DynamoStreamReader {
    return new DynamoStreamReader(new DynamoDBStreamsClient({ region }));
  }

  async read(range: StreamRange): Promise<FailedRecord[] | null> {
    try {
      const start = await this.client.send(
        new GetShardIteratorCommand({ StreamArn: range.streamArn, ShardId: range.shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: range.startSequenceNumber }),
      );
      const end = BigInt(range.endSequenceNumber);
      const records: FailedRecord[] = [];
      let iterator = start.ShardIterator;
      for (let page = 0; iterator && page < MAX_PAGES; page++) {
        const out = await this.client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: RECORDS_PER_PAGE }));
        for (const record of out.Records ?? []) {
          if (BigInt(record.dynamodb?.SequenceNumber ?? '0') > end) return records;
          records.push(failedRecordOfStream(record));
          if (BigInt(record.dynamodb?.SequenceNumber ?? '0') === end) return records;
        }
        iterator = out.NextShardIterator;
      }
      return records;
    } catch (error) {
      if (error instanceof Error && GONE.has(error.name)) return null;
      throw error;
    }
  }
}
