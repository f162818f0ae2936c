import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Where each stream consumer stands in each shard: the sequence number of the last record it is
 * done with (handled, filtered out or set aside as a dead letter), as Lambda's event source
 * mapping keeps it. Kept in a file next to DynamoDB Local's data rather than as an item in the
 * table: an item would itself be a stream record, so every checkpoint would make one more record
 * to read (and to checkpoint), and the consumers' filters would have to know about it.
 * Without a file (an in-memory stack) positions are kept in memory: nothing survives anyway.
 */
export class StreamCheckpoints {
  private readonly positions: Record<string, string>;

  constructor(private readonly file: string | undefined) {
    this.positions = file ? readPositions(file) : {};
  }

  /** The last sequence number done in the shard, or undefined: start from its oldest record (TRIM_HORIZON). */
  get(streamArn: string, consumer: string, shardId: string): string | undefined {
    return this.positions[key(streamArn, consumer, shardId)];
  }

  /** Written at once (write to a temporary file, then rename): a kill -9 leaves the old or the new file, never half of one. */
  set(streamArn: string, consumer: string, shardId: string, sequenceNumber: string): void {
    const k = key(streamArn, consumer, shardId);
    if (this.positions[k] === sequenceNumber) return;
    this.positions[k] = sequenceNumber;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.positions, null, 1));
    renameSync(temporary, this.file);
  }
}

/** The stream's ARN names the table and its creation time: a table made again starts afresh. */
const key = (streamArn: string, consumer: string, shardId: string) => `${streamArn}|${consumer}|${shardId}`;

function readPositions(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file} is not a checkpoint file`);
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
