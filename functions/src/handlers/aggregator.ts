import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ticketChangeOf } from '../adapters/dynamo/streamRecords';
import { getDeps } from '../deps';
import { aggregateChanges, type TicketChangeRecord } from '../domain/reports/aggregateChanges';
import { eventHandler, logEntry } from '../observability/eventHandler';
import { settleJobs } from '../domain/jobs/settleJob';

/**
 * DynamoDB Streams → the aggregates of dashboards and reports (the local poller calls it the
 * same way). Each ticket version is applied once (a marker in the same transaction); the first
 * record that fails is named in the partial batch response, so it and what follows are retried.
 * The same versions settle multi-team jobs (domain/jobs/settleJob.ts).
 */
export const handler = eventHandler('aggregator', async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const deps = await getDeps();
  const changes = event.Records.map(ticketChangeOf).filter((c): c is TicketChangeRecord => c !== null);
  const { failedId } = await aggregateChanges(deps, changes, logEntry);
  // Multi-team jobs (issue 16): a part's last finish settles its job and tells its starter, once.
  // Both steps are safe to repeat, so a retry from the earlier of the two failures loses nothing.
  const unsettledId = await settleJobs(deps, failedId ? changes.slice(0, changes.findIndex((c) => c.id === failedId)) : changes, logEntry);
  const retryFrom = unsettledId ?? failedId;
  return { batchItemFailures: retryFrom ? [{ itemIdentifier: retryFrom }] : [] };
});
