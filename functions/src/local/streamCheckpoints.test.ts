import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamCheckpoints } from './streamCheckpoints';

const arn = 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/2026-12-01T00:00:00.000';
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'checkpoints-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the local stream poller's checkpoints", () => {
  it('knows no position in a shard it never read, so the reader starts at the oldest record', () => {
    expect(new StreamCheckpoints(join(dir, 'cp.json')).get(arn, 'notifier', 'shard-1')).toBeUndefined();
  });

  it('finds the positions again after a restart, per consumer and shard', () => {
    const file = join(dir, 'cp.json');
    const first = new StreamCheckpoints(file);
    first.set(arn, 'notifier', 'shard-1', '000000000000000000007');
    first.set(arn, 'aggregator', 'shard-1', '000000000000000000003');
    const again = new StreamCheckpoints(file);
    expect(again.get(arn, 'notifier', 'shard-1')).toBe('000000000000000000007');
    expect(again.get(arn, 'aggregator', 'shard-1')).toBe('000000000000000000003');
    expect(again.get(arn, 'notifier', 'shard-2')).toBeUndefined();
  });

  it('does not carry positions over to a table made again (another stream)', () => {
    const file = join(dir, 'cp.json');
    new StreamCheckpoints(file).set(arn, 'notifier', 'shard-1', '000000000000000000007');
    expect(new StreamCheckpoints(file).get(arn.replace('2026-12-01T00', '2026-12-02T00'), 'notifier', 'shard-1')).toBeUndefined();
  });

  it('leaves no temporary file behind', () => {
    const file = join(dir, 'cp.json');
    new StreamCheckpoints(file).set(arn, 'notifier', 'shard-1', '000000000000000000001');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ [`${arn}|notifier|shard-1`]: '000000000000000000001' });
  });

  it('refuses a file that is not a checkpoint file rather than starting over silently', () => {
    const file = join(dir, 'cp.json');
    writeFileSync(file, '[1, 2]');
    expect(() => new StreamCheckpoints(file)).toThrow('is not a checkpoint file');
  });

  it('keeps positions in memory without a file', () => {
    const memory = new StreamCheckpoints(undefined);
    memory.set(arn, 'notifier', 'shard-1', '000000000000000000002');
    expect(memory.get(arn, 'notifier', 'shard-1')).toBe('000000000000000000002');
  });
});
