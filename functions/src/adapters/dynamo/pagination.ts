import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { InvalidError } from '../../domain/errors';

/**
 * The one place that follows LastEvaluatedKey: every Query page after page (for reads that need
 * a whole partition), or one page for a client with an opaque cursor (base64url JSON of the key).
 */
export async function* queryPages(doc: DynamoDBDocumentClient, input: QueryCommandInput): AsyncGenerator<QueryCommandOutput> {
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    yield out;
    start = out.LastEvaluatedKey;
  } while (start);
}

/** One page for a client: resumes from its cursor, which must belong to this listing's partition. */
export async function queryPage(
  doc: DynamoDBDocumentClient,
  input: QueryCommandInput,
  page: { limit: number; cursor?: string | undefined },
  partition: { name: string; value: string },
): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const out = await doc.send(new QueryCommand({ ...input, Limit: page.limit, ExclusiveStartKey: decodeCursor(page.cursor, partition) }));
  return { items: out.Items ?? [], nextCursor: encodeCursor(out.LastEvaluatedKey) };
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
