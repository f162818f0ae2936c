import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { invalidCursor, type PageCursors } from './pageCursor';

/**
 * The one place that follows LastEvaluatedKey: every Query page after page (for reads that need
 * a whole partition), or one page for a client with a signed cursor.
 */
export async function* queryPages(doc: DynamoDBDocumentClient, input: QueryCommandInput): AsyncGenerator<QueryCommandOutput> {
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    yield out;
    start = out.LastEvaluatedKey;
  } while (start);
}

/** One page for a client: resumes from its signed cursor, which must come from this very query (pageCursor.ts). */
export async function queryPage(
  doc: DynamoDBDocumentClient,
  input: QueryCommandInput,
  page: { limit: number; cursor?: string | undefined },
  cursors: PageCursors,
): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const start = cursors.decode(page.cursor, input);
  const out = await doc.send(new QueryCommand({ ...input, Limit: page.limit, ExclusiveStartKey: start })).catch((error: unknown) => {
    // Only a key this deployment signed gets here; should DynamoDB still refuse it (a key shape
    // changed by a release), the client's cursor is what is wrong.
    if (start && (error as { name?: string }).name === 'ValidationException') throw invalidCursor(error);
    throw error;
  });
  return { items: out.Items ?? [], nextCursor: cursors.encode(out.LastEvaluatedKey, input) };
}
