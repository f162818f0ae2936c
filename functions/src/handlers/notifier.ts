import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { toBatchRecords } from '../adapters/dynamo/streamRecords';
import { getDeps } from '../deps';
import { defaultRetryPolicy, deliverOutboxBatch, type NotifierDeps } from '../domain/notify/deliverOutbox';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * DynamoDB Streams → the notifier (the local stack's poller calls it the same way). Outbox
 * inserts become in-app notifications and WeChat messages; records that still fail are named in
 * the partial batch response, so only they (and what follows them in the shard) are retried.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const deps = await getDeps();
  const notifier: NotifierDeps = { ...deps, templates: deps.config.notifications.templates, sleep, retry: defaultRetryPolicy };
  const { failedIds } = await deliverOutboxBatch(notifier, toBatchRecords(event.Records), (entry) => console.log(JSON.stringify(entry)));
  return { batchItemFailures: failedIds.map((itemIdentifier) => ({ itemIdentifier })) };
}
