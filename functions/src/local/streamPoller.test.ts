import { streamConsumers, streamFilterPattern } from '../contract/streamConsumers';
import { matchesPattern } from './streamPoller';

const consumer = (name: string) => streamConsumers.find((c) => c.name === name)!;
const record = (eventName: string, entity: string) => ({ eventName, dynamodb: { NewImage: { entity: { S: entity } } } });

describe("the local stream poller's filter", () => {
  it('gives the notifier outbox inserts and rewrites (a grouped alert counting one more report), never their removal', () => {
    const pattern = streamFilterPattern(consumer('notifier'));
    expect(matchesPattern(record('INSERT', 'outbox'), pattern)).toBe(true);
    expect(matchesPattern(record('MODIFY', 'outbox'), pattern)).toBe(true);
    expect(matchesPattern(record('REMOVE', 'outbox'), pattern)).toBe(false);
    expect(matchesPattern(record('INSERT', 'ticket'), pattern)).toBe(false);
  });

  it('gives the aggregator ticket inserts and changes, never their removal or other items', () => {
    const pattern = streamFilterPattern(consumer('aggregator'));
    expect(matchesPattern(record('INSERT', 'ticket'), pattern)).toBe(true);
    expect(matchesPattern(record('MODIFY', 'ticket'), pattern)).toBe(true);
    expect(matchesPattern(record('REMOVE', 'ticket'), pattern)).toBe(false);
    expect(matchesPattern(record('INSERT', 'event'), pattern)).toBe(false);
    expect(matchesPattern({ eventName: 'INSERT' }, pattern)).toBe(false);
  });
});
