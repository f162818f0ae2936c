import { eventHandler } from './eventHandler';
import { logLinesOf } from './testing/logLines';

const streamEvent = {
  Records: [
    { eventID: '1', dynamodb: { NewImage: { description: { S: '3床呼叫器坏了' }, reporterPhone: { S: '13912345678' } } } },
    { eventID: '2', dynamodb: { NewImage: { description: { S: '灯不亮' } } } },
  ],
};

describe('the event wrapper', () => {
  it("logs the handler's name, how many records came and failed, and none of their contents", async () => {
    const handler = eventHandler('notifier', async () => ({ batchItemFailures: [{ itemIdentifier: '2' }] }));
    const lines = await logLinesOf(() => handler(streamEvent));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'INFO', message: 'event handled', handler: 'notifier', records: 2, failed: 1 });
    expect(JSON.stringify(lines)).not.toContain('13912345678');
    expect(JSON.stringify(lines)).not.toContain('灯不亮');
  });

  it('logs a failed invocation at error level and still fails it (so the records are retried)', async () => {
    const handler = eventHandler('aggregator', async () => {
      throw new Error('table unavailable');
    });
    let failure: unknown;
    const lines = await logLinesOf(() => handler(streamEvent).catch((error: unknown) => (failure = error)));
    expect(failure).toEqual(new Error('table unavailable'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'ERROR', message: 'event handler failed', handler: 'aggregator', records: 2, error: { name: 'Error', message: 'table unavailable' } });
  });
});
