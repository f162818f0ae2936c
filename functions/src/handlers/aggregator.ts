import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ticketChangeOf } from '../adapters/dynamo/streamRecords';
import { getDeps } from '../deps';
import { aggregateChanges, type TicketChangeRecord } from '../domain/reports/aggregateChanges';
import { eventHandler, logEntry } from '../observability/eventHandler';

/**
 * DynamoDB Streams → the aggregates of dashboards and reports (the local poller calls it the
 * same way). Each ticket version is applied once (a marker in the same transaction); the first
 * record that fails is named in the partial batch response, so it and what follows are retried.
 */
export const handler = eventHandler('aggregator', async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const deps = await getDeps();
  const changes = event.Records.map(ticketChangeOf).filter((c): c is TicketChangeRecord => c !== null);
  const { failedId } = await aggregateChanges(deps, changes, logEntry);
  return { batchItemFailures: failedId ? [{ itemIdentifier: failedId }] : [] };
});
