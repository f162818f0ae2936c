import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { createDocumentClient } from '../adapters/dynamo/client';
import { DynamoNotificationRepository } from '../adapters/dynamo/notificationRepository';
import { PageCursors } from '../adapters/dynamo/pageCursor';
import { failedRecordOf } from '../adapters/dynamo/streamReader';
import { streamConsumers, streamFilterPattern, type FilterPattern } from '../contract/streamConsumers';
import { deadLetterOf } from '../domain/notify/deadLetters';
import { lambdaContext, type HandlerLoader } from './api/handlers';
import { StreamCheckpoints } from './streamCheckpoints';

export interface StreamPollerOptions {
  endpoint: string;
  region: string;
  tableName: string;
  loadHandler: HandlerLoader;
  log: (line: string) => void;
  /** Pause between polls of an idle shard. */
  idleMs?: number;
  /** Pause before retrying a failed batch, times the attempt number. */
  retryDelayMs?: number;
  /** Where the consumers' positions are kept across restarts (next to the table's data); none: in memory. */
  checkpointFile?: string;
}

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const SHARD_REFRESH_MS = 2000;

/** The record as Lambda hands it to a stream consumer (the SDK gives Dates where Lambda gives epoch seconds). */
export function toLambdaRecord(record: StreamRecord, streamArn: string, region: string): DynamoDBRecord {
  const d = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(d.ApproximateCreationDateTime ? { ApproximateCreationDateTime: Math.floor(d.ApproximateCreationDateTime.getTime() / 1000) } : {}),
      Keys: d.Keys as never,
      ...(d.NewImage ? { NewImage: d.NewImage as never } : {}),
      ...(d.OldImage ? { OldImage: d.OldImage as never } : {}),
      SequenceNumber: d.SequenceNumber,
      SizeBytes: d.SizeBytes,
      StreamViewType: d.StreamViewType as never,
    },
  };
}

type Consumer = (typeof streamConsumers)[number];

/** Lambda's event filtering, for the patterns we use: every field named matches one of its values. */
export function matchesPattern(value: unknown, pattern: FilterPattern): boolean {
  return Object.entries(pattern).every(([field, wanted]) => {
    const actual = (value as Record<string, unknown> | undefined)?.[field];
    return Array.isArray(wanted) ? wanted.includes(actual as string) : matchesPattern(actual, wanted as FilterPattern);
  });
}

function matchesFilter(record: StreamRecord, consumer: Consumer): boolean {
  return matchesPattern(record, streamFilterPattern(consumer));
}

interface Shard {
  id: string;
  iterator: string | undefined;
  /** Records read but not yet handled (a batch being retried stays here, in order). */
  pending: DynamoDBRecord[];
  /** The last sequence number read from the shard (filtered out or pending): where a new iterator starts. */
  readUpTo: string | undefined;
  attempts: number;
  closed: boolean;
}

/**
 * The local stand-in for Lambda's DynamoDB Streams event source: reads DynamoDB Local's stream
 * (DescribeStream → GetShardIterator → GetRecords), filters as the cloud's filter pattern does,
 * and invokes the SAME handler bundle with the event shape Lambda gives. Partial batch responses
 * are honoured like Lambda does: the batch resumes from the first failed record, and after
 * `maximumRetryAttempts` the remaining records are set aside as dead letters (table items with
 * `entity: 'dead_letter'`, the local stand-in for the SQS on-failure destination).
 *
 * Like the event source mapping, each consumer starts a shard at its oldest record
 * (TRIM_HORIZON) and keeps a checkpoint per shard (streamCheckpoints.ts), moved on only once a
 * batch is done: after a crash it resumes after the last record it finished, so a record may be
 * handed over twice (at least once) and the consumers are idempotent, but none is skipped.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<{ stop(): Promise<void> }> {
  // One reader per consumer, each with its own shard positions, as each has its own event source mapping in the cloud.
  // One checkpoint store for all of them: each write is the whole file, so two stores would erase each other's positions.
  const checkpoints = new StreamCheckpoints(options.checkpointFile);
  const pollers = await Promise.all(streamConsumers.map((consumer) => startConsumerPoller(options, consumer, checkpoints)));
  return {
    async stop() {
      await Promise.all(pollers.map((p) => p.stop()));
    },
  };
}

async function startConsumerPoller(options: StreamPollerOptions, consumer: Consumer, checkpoints: StreamCheckpoints): Promise<{ stop(): Promise<void> }> {
  const idleMs = options.idleMs ?? 150;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const dynamo = new DynamoDBClient({ endpoint: options.endpoint, region: options.region, credentials });
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: options.region, credentials });
  const doc = createDocumentClient({ endpoint: options.endpoint, region: options.region });
  const deadLetters = new DynamoNotificationRepository(doc, options.tableName, PageCursors.ofThisProcess());

  const table = await dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
  const latestStreamArn = table.Table?.LatestStreamArn;
  if (!latestStreamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const streamArn: string = latestStreamArn;
  const shards = new Map<string, Shard>();
  let stopped = false;
  const checkpoint = (shard: Shard, sequenceNumber: string | undefined) => {
    if (sequenceNumber) checkpoints.set(streamArn, consumer.name, shard.id, sequenceNumber);
  };

  /** After the given sequence number, or from the shard's oldest record. */
  async function iteratorAfter(shardId: string, sequenceNumber: string | undefined): Promise<string | undefined> {
    const it = await streams.send(
      new GetShardIteratorCommand(
        sequenceNumber
          ? { StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: sequenceNumber }
          : { StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' },
      ),
    );
    return it.ShardIterator;
  }

  async function discoverShards(): Promise<void> {
    let start: string | undefined;
    do {
      const out = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      for (const s of out.StreamDescription?.Shards ?? []) {
        if (!s.ShardId || shards.has(s.ShardId)) continue;
        // Where this consumer stopped in the shard, or its oldest record: nothing written while we were down is missed.
        const finished = checkpoints.get(streamArn, consumer.name, s.ShardId);
        shards.set(s.ShardId, { id: s.ShardId, iterator: await iteratorAfter(s.ShardId, finished), pending: [], readUpTo: finished, attempts: 0, closed: false });
      }
      start = out.StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  async function invoke(records: DynamoDBRecord[]): Promise<string | null> {
    const handler = await options.loadHandler(consumer.name);
    const event: DynamoDBStreamEvent = { Records: records };
    try {
      const result = (await handler(event as never, lambdaContext(consumer.name, randomBytes(8).toString('hex'), 60_000))) as DynamoDBBatchResponse | undefined;
      const failures = result?.batchItemFailures ?? [];
      if (failures.length === 0) return null;
      // Lambda resumes a stream from the lowest failed sequence number.
      const ids = new Set(failures.map((f) => f.itemIdentifier));
      const index = records.findIndex((r) => ids.has(r.dynamodb?.SequenceNumber ?? ''));
      return index === -1 ? records[0]!.dynamodb?.SequenceNumber ?? '' : records[index]!.dynamodb?.SequenceNumber ?? '';
    } catch (error) {
      options.log(`${consumer.name} threw: ${error instanceof Error ? error.message : String(error)}`);
      return records[0]!.dynamodb?.SequenceNumber ?? '';
    }
  }

  async function deadLetter(records: DynamoDBRecord[], attempts: number): Promise<void> {
    const at = new Date().toISOString();
    // The same items the cloud's deadLetterRecorder writes from the dead-letter queue.
    for (const record of records) {
      const letter = deadLetterOf(failedRecordOf(record), consumer.name, attempts, at);
      if (letter) await deadLetters.putDeadLetter(letter);
    }
    options.log(`${records.length} stream record(s) moved to the dead letters after ${attempts} attempts`);
  }

  /** The first `count` pending records are finished: the checkpoint moves past them (and past what was filtered out after them). */
  function done(shard: Shard, count: number): void {
    const last = shard.pending[count - 1]?.dynamodb?.SequenceNumber;
    shard.pending.splice(0, count);
    shard.attempts = 0;
    checkpoint(shard, shard.pending.length === 0 ? shard.readUpTo : last);
  }

  /** One step of a shard: read more if nothing is pending, then hand a batch to the handler. */
  async function step(shard: Shard): Promise<boolean> {
    if (shard.pending.length === 0 && shard.iterator) {
      try {
        const out = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 100 }));
        shard.iterator = out.NextShardIterator;
        const records = out.Records ?? [];
        shard.pending.push(...records.filter((r) => matchesFilter(r, consumer)).map((r) => toLambdaRecord(r, streamArn, options.region)));
        shard.readUpTo = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.readUpTo;
        if (!shard.iterator) shard.closed = true;
      } catch (error) {
        if (!(error instanceof ExpiredIteratorException)) throw error;
        // An iterator lives 15 minutes; a new one continues after the last record read.
        shard.iterator = await iteratorAfter(shard.id, shard.readUpTo);
      }
      // Records this consumer does not take are done as soon as they are read.
      if (shard.pending.length === 0) checkpoint(shard, shard.readUpTo);
    }
    if (shard.pending.length === 0) return false;
    const batch = shard.pending.slice(0, consumer.batchSize);
    const failedFrom = await invoke(batch);
    if (failedFrom === null) {
      done(shard, batch.length);
      return true;
    }
    const index = Math.max(0, batch.findIndex((r) => r.dynamodb?.SequenceNumber === failedFrom));
    if (index > 0) done(shard, index);
    shard.attempts += 1;
    if (shard.attempts > consumer.maximumRetryAttempts) {
      await deadLetter(batch.slice(index), shard.attempts);
      done(shard, batch.length - index);
      return true;
    }
    await new Promise((r) => setTimeout(r, retryDelayMs * shard.attempts));
    return true;
  }

  await discoverShards();
  let lastDiscovery = Date.now();
  const loop = (async () => {
    while (!stopped) {
      let busy = false;
      try {
        if (Date.now() - lastDiscovery > SHARD_REFRESH_MS) {
          await discoverShards();
          lastDiscovery = Date.now();
        }
        for (const shard of shards.values()) {
          if (stopped) break;
          // A closed shard stays in the map (DescribeStream keeps listing it) so it is never read again.
          if (shard.closed && shard.pending.length === 0) continue;
          busy = (await step(shard)) || busy;
        }
      } catch (error) {
        if (!stopped) options.log(`stream poller: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!busy) await new Promise((r) => setTimeout(r, idleMs));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      dynamo.destroy();
      streams.destroy();
      doc.destroy();
    },
  };
}
