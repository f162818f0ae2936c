import { InvalidError } from '../../domain/errors';

/** Strips the table's key attributes from an item, leaving the domain record. */
const KEY_ATTRIBUTES = new Set([
  'PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK',
  'GSI4PK', 'GSI4SK', 'GSI5PK', 'GSI5SK', 'GSI6PK', 'GSI6SK', 'entity', 'ttl',
]);

export function toRecord<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(key)) record[key] = value;
  return record as T;
}

/** Opaque pagination cursor: DynamoDB's LastEvaluatedKey, base64url JSON. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodeCursor(cursor: string | undefined, expectedPk: { name: string; value: string }): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  // A cursor only resumes the listing it came from: another user's or hospital's key is refused.
  if (typeof key !== 'object' || key === null || (key as Record<string, unknown>)[expectedPk.name] !== expectedPk.value) {
    throw badCursor();
  }
  return key as Record<string, unknown>;
}

function badCursor(): InvalidError {
  return new InvalidError('Bad pagination cursor', '分页游标无效', [
    { field: 'cursor', code: 'invalid_cursor', message: 'Start the listing again without a cursor', messageZh: '请不带游标重新查询' },
  ]);
}
