import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { toBatchRecords } from '../adapters/dynamo/streamRecords';
import { getDeps } from '../deps';
import { deliverOutboxBatch } from '../domain/notify/deliverOutbox';
import { eventHandler, logEntry } from '../observability/eventHandler';
import { notifierDepsOf } from './notifierDeps';

/**
 * DynamoDB Streams → the notifier (the local stack's poller calls it the same way). Outbox
 * inserts become in-app notifications and WeChat messages; a WeChat message that cannot go now is
 * set aside for the redrive; records that still fail (the table) are named in the partial batch
 * response, so only they (and what follows them in the shard) are retried.
 */
export const handler = eventHandler('notifier', async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const { failedIds } = await deliverOutboxBatch(notifierDepsOf(await getDeps()), toBatchRecords(event.Records), logEntry);
  return { batchItemFailures: failedIds.map((itemIdentifier) => ({ itemIdentifier })) };
});
