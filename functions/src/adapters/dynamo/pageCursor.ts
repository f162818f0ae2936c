import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { InvalidError } from '../../domain/errors';

type StartKey = Record<string, string | number>;

/**
 * What a cursor is bound to: the listing it came from (table, index, key condition and the values
 * it names, order). Filter values are left out: some move with the clock (`:now` of "overdue"),
 * and another filter over the same partition reveals nothing the caller could not list anyway.
 */
function queryBinding(input: QueryCommandInput): string {
  const condition = input.KeyConditionExpression ?? '';
  const names = [...new Set(condition.match(/:[A-Za-z0-9_]+/g) ?? [])].sort();
  const values = names.map((n) => [n, input.ExpressionAttributeValues?.[n] ?? null]);
  return JSON.stringify([input.TableName, input.IndexName ?? null, condition, values, input.ScanIndexForward ?? true]);
}

/** A LastEvaluatedKey holds only key attributes: strings and numbers (our keys have no binary parts). */
function isStartKey(value: unknown): value is StartKey {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.length <= 4 && entries.every(([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
}

export function invalidCursor(cause?: unknown): InvalidError {
  return new InvalidError(
    'Bad pagination cursor',
    '分页游标无效',
    [{ field: 'cursor', code: 'invalid_cursor', message: 'Start the listing again without a cursor', messageZh: '请不带游标重新查询' }],
    { cause },
  );
}

/**
 * Pagination cursors a client cannot forge: `<key>.<mac>`, the page's LastEvaluatedKey
 * (base64url JSON) and an HMAC-SHA256 over it and the query it came from, with a key derived
 * from the deployment's session secret (a separate purpose, so no cursor is ever a valid token
 * signature or the reverse). A cursor edited, made up, or taken from another listing (another
 * user's, hospital's, scope's) is `400 invalid_cursor`, before DynamoDB sees it.
 */
export class PageCursors {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The cursor secret must be at least 32 characters');
    this.key = createHmac('sha256', secret).update('hfr/page-cursor/v1').digest();
  }

  /** Cursors that only this process can read back: for tools and consumers that hand none to a client. */
  static ofThisProcess(): PageCursors {
    return new PageCursors(randomBytes(32).toString('hex'));
  }

  private mac(payload: string, input: QueryCommandInput): Buffer {
    return createHmac('sha256', this.key).update(queryBinding(input)).update('\n').update(payload).digest();
  }

  encode(lastKey: Record<string, unknown> | undefined, input: QueryCommandInput): string | null {
    if (!lastKey) return null;
    const payload = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
    return `${payload}.${this.mac(payload, input).toString('base64url')}`;
  }

  /** The start key of a cursor this listing handed out; undefined for the first page. */
  decode(cursor: string | undefined, input: QueryCommandInput): StartKey | undefined {
    if (cursor === undefined) return undefined;
    const [payload, mac, ...rest] = cursor.split('.');
    if (!payload || !mac || rest.length > 0) throw invalidCursor();
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(payload, input);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor();
    let key: unknown;
    try {
      key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalidCursor();
    }
    if (!isStartKey(key)) throw invalidCursor();
    return key;
  }
}
