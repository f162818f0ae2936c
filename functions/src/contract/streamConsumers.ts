/**
 * Handlers fed by the table's stream rather than by HTTP or a schedule: a DynamoDB Streams event
 * source in serverless.yml (infra/serverlessFunctions.ts), the stream poller in the local stack. Each is
 * functions/src/handlers/<name>.ts.
 */
export const streamConsumers = [
  {
    name: 'notifier',
    summary: 'Outbox items → in-app notifications and WeChat subscribe messages',
    /** Only these items reach the handler (the event source's filter in the cloud, the poller locally). */
    entity: 'outbox',
    /** MODIFY: a burst's grouped alert counting one more report (its in-app text is refreshed, nothing is sent again). */
    eventNames: ['INSERT', 'MODIFY'],
    batchSize: 10,
    /** Attempts of a failing batch before its records go to the dead-letter queue. */
    maximumRetryAttempts: 5,
  },
  {
    name: 'aggregator',
    summary: 'Ticket versions → the daily aggregates of dashboards and reports (each version applied once)',
    entity: 'ticket',
    eventNames: ['INSERT', 'MODIFY'],
    batchSize: 50,
    maximumRetryAttempts: 10,
  },
] as const;

export type StreamConsumer = (typeof streamConsumers)[number];
export type StreamConsumerName = StreamConsumer['name'];

/** A Lambda event filter pattern: at each leaf, the values a record's field may have. */
export interface FilterPattern {
  [field: string]: readonly string[] | FilterPattern;
}

/**
 * Which stream records reach a consumer, stated once: the event source's `filterPatterns` in
 * the cloud (infra/serverless.test.ts checks the packaged template against this) and the local
 * stream poller, which evaluates this same pattern.
 */
export function streamFilterPattern(consumer: StreamConsumer): FilterPattern {
  return { eventName: [...consumer.eventNames], dynamodb: { NewImage: { entity: { S: [consumer.entity] } } } };
}
