import * as z from 'zod/mini';

/**
 * Handlers fed by an SQS queue: an `sqs` event source in serverless.yml (infra/serverlessFunctions.ts).
 * Cloud only: the local stack has no queues (its stream poller writes the dead letters itself).
 * Each is functions/src/handlers/<name>.ts.
 */
export const queueConsumers = [
  {
    name: 'deadLetterRecorder',
    summary: "The stream consumers' dead-letter queues → the failed records read back from the stream → dead-letter items the desk sees",
    /** infra/queues.yml: each stream consumer's on-failure destination. */
    queues: ['NotifierDeadLetterQueue', 'AggregatorDeadLetterQueue'],
    batchSize: 10,
  },
] as const;

export type QueueConsumerName = (typeof queueConsumers)[number]['name'];

/**
 * What Lambda puts on a DynamoDB stream event source's on-failure destination once a batch has
 * used its retries: a description of the batch (shard, first and last sequence number), not the
 * records, which stay in the stream for 24 hours.
 */
export const StreamFailureMessage = z.object({
  timestamp: z.string(),
  requestContext: z.object({
    functionArn: z.string(),
    condition: z.string(),
    approximateInvokeCount: z.number(),
  }),
  DDBStreamBatchInfo: z.object({
    shardId: z.string(),
    startSequenceNumber: z.string(),
    endSequenceNumber: z.string(),
    streamArn: z.string(),
    batchSize: z.optional(z.number()),
  }),
});
export type StreamFailureMessage = z.infer<typeof StreamFailureMessage>;
