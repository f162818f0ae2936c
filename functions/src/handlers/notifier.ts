import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { toBatchRecords } from '../adapters/dynamo/streamRecords';
import { getDeps } from '../deps';
import { defaultRetryPolicy, deliverOutboxBatch, type NotifierDeps } from '../domain/notify/deliverOutbox';
import { eventHandler, logEntry } from '../observability/eventHandler';

/**
 * DynamoDB Streams → the notifier (the local stack's poller calls it the same way). Outbox
 * inserts become in-app notifications and WeChat messages; records that still fail are named in
 * the partial batch response, so only they (and what follows them in the shard) are retried.
 */
export const handler = eventHandler('notifier', async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const deps = await getDeps();
  const notifier: NotifierDeps = { ...deps, templates: deps.config.notifications.templates, retry: defaultRetryPolicy };
  const { failedIds } = await deliverOutboxBatch(notifier, toBatchRecords(event.Records), logEntry);
  return { batchItemFailures: failedIds.map((itemIdentifier) => ({ itemIdentifier })) };
});
