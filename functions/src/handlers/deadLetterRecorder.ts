import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoStreamReader } from '../adapters/dynamo/streamReader';
import { StreamFailureMessage } from '../contract/queueConsumers';
import { streamConsumers, type StreamConsumerName } from '../contract/streamConsumers';
import { getDeps } from '../deps';
import { MetricName, type MetricsRecorder } from '../domain/metrics';
import { recordDeadLetters, type StreamReader } from '../domain/notify/deadLetters';
import type { NotificationRepository } from '../domain/ports';
import { eventHandler, logEntry } from '../observability/eventHandler';

/** Whose dead-letter queue a message came from: infra/queues.yml names them `<service>-<stage>-<consumer>-dlq`. */
export function consumerOfQueue(queueArn: string): StreamConsumerName | null {
  const queueName = queueArn.split(':').pop() ?? '';
  return streamConsumers.find((c) => queueName.endsWith(`-${c.name}-dlq`))?.name ?? null;
}

type Log = (entry: Record<string, unknown>) => void;

/**
 * SQS (the stream consumers' on-failure destinations) → dead-letter items for the desk, as the
 * local stream poller writes them. A message that cannot be read or whose stream read fails is
 * named in the partial batch response and comes back; one whose records left the stream (24 h)
 * is logged and dropped: there is nothing left to show.
 */
export function recordFailedBatches(deps: () => Promise<{ streams: StreamReader; notifications: Pick<NotificationRepository, 'putDeadLetter'>; metrics: MetricsRecorder }>, log: Log) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { streams, notifications, metrics } = await deps();
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const message of event.Records) {
      try {
        const consumer = consumerOfQueue(message.eventSourceARN);
        if (!consumer) throw new Error(`No stream consumer has the queue ${message.eventSourceARN}`);
        const body = StreamFailureMessage.parse(JSON.parse(message.body));
        const info = body.DDBStreamBatchInfo;
        const { recorded, gone } = await recordDeadLetters(
          { streams, notifications },
          { consumer, ...info, attempts: body.requestContext.approximateInvokeCount, failedAt: body.timestamp },
        );
        if (recorded > 0) metrics.count(MetricName.notificationsDeadLettered, recorded, { consumer });
        log({ level: gone ? 'error' : 'info', msg: gone ? 'failed batch no longer in the stream' : 'dead letters recorded', consumer, recorded, shardId: info.shardId, startSequenceNumber: info.startSequenceNumber, endSequenceNumber: info.endSequenceNumber });
      } catch (error) {
        log({ level: 'error', msg: 'could not record a failed batch', messageId: message.messageId, error: error instanceof Error ? error.message : String(error) });
        batchItemFailures.push({ itemIdentifier: message.messageId });
      }
    }
    return { batchItemFailures };
  };
}

let streams: StreamReader | undefined;
export const handler = eventHandler(
  'deadLetterRecorder',
  recordFailedBatches(async () => {
    const deps = await getDeps();
    streams ??= DynamoStreamReader.create(deps.config.region);
    return { streams, notifications: deps.notifications, metrics: deps.metrics };
  }, logEntry),
);
