import { InvalidError } from '../../domain/errors';
import { PageCursors } from './pageCursor';

const SECRET = 's'.repeat(40);
const mine = { TableName: 't', IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': 'H#h1#REP#nurse-li' }, ScanIndexForward: false };
const lastKey = { PK: 'H#h1#T#01J', SK: 'T', GSI1PK: 'H#h1#REP#nurse-li', GSI1SK: '2026-12-01T08:00:00Z' };
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function refusal(decode: () => unknown): string | undefined {
  try {
    decode();
  } catch (error) {
    return error instanceof InvalidError ? error.problems.map((p) => `${p.field}:${p.code}`).join() : `threw ${String(error)}`;
  }
  return undefined;
}

describe('signed page cursors', () => {
  const cursors = new PageCursors(SECRET);
  const cursor = cursors.encode(lastKey, mine)!;

  it('resume the listing they came from at the key they were made of', () => {
    expect(cursors.decode(cursor, mine)).toEqual(lastKey);
    expect(cursors.decode(undefined, mine)).toBeUndefined();
    expect(cursors.encode(undefined, mine)).toBeNull();
  });

  it('stay valid when only a filter value moves (the "overdue" filter\'s clock)', () => {
    const at = (now: string) => ({ ...mine, FilterExpression: 'dueAt <= :now', ExpressionAttributeValues: { ...mine.ExpressionAttributeValues, ':now': now } });
    const first = cursors.encode(lastKey, at('2026-12-01T08:00:00Z'))!;
    expect(cursors.decode(first, at('2026-12-01T08:01:00Z'))).toEqual(lastKey);
  });

  // Written by hand: what an attacker sends instead of the cursor, and the answer.
  const [payload, mac] = cursor.split('.') as [string, string];
  const foreignKey = { ...lastKey, GSI1PK: 'H#h2#REP#doctor-wu' };
  const attacks: [what: string, make: () => string, query: typeof mine][] = [
    ['the old unsigned format (base64url JSON of a key)', () => b64(lastKey), mine],
    ['a key of the right partition but the wrong shape, unsigned', () => b64({ GSI1PK: mine.ExpressionAttributeValues[':pk'], GSI1SK: { nested: true } }), mine],
    ['its key edited, its signature kept', () => `${b64(foreignKey)}.${mac}`, mine],
    ['its signature flipped', () => `${payload}.${mac.slice(0, -2)}AA`, mine],
    ['its signature cut short', () => `${payload}.${mac.slice(0, 10)}`, mine],
    ['a third part appended', () => `${cursor}.x`, mine],
    ['signed by another deployment', () => new PageCursors('o'.repeat(40)).encode(lastKey, mine)!, mine],
    ['taken from another user\'s listing', () => cursor, { ...mine, ExpressionAttributeValues: { ':pk': 'H#h1#REP#doctor-wu' } }],
    ['taken from another index', () => cursor, { ...mine, IndexName: 'GSI2' }],
    ['taken from the same listing in the other order', () => cursor, { ...mine, ScanIndexForward: true }],
    ['signed, but not a key (an array)', () => new PageCursors(SECRET).encode([1, 2] as unknown as Record<string, unknown>, mine)!, mine],
    ['signed, but a key with a nested value', () => new PageCursors(SECRET).encode({ PK: { S: 'x' } }, mine)!, mine],
    ['not base64 at all', () => '%%%.%%%', mine],
    ['empty parts', () => '.', mine],
  ];
  it.each(attacks)('refuse %s with invalid_cursor', (_what, make, query) => {
    expect(refusal(() => cursors.decode(make(), query))).toBe('cursor:invalid_cursor');
  });

  it('refuse a secret too short to sign with', () => {
    expect(() => new PageCursors('short')).toThrow('at least 32 characters');
  });
});
