import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../../domain/records';
import { parseItem } from './items';
import type { PageCursors } from './pageCursor';
import type * as z from 'zod/mini';

/** Items DynamoDB evaluates per read, and reads per request: a page never costs more than 1,000 items read. */
const READ_BATCH = 100;
const MAX_READS = 10;

/** The parts of a FilterExpression, built from a list's filters. */
export interface Filter {
  parts: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
}

export const emptyFilter = (): Filter => ({ parts: [], names: {}, values: {} });

/**
 * A page of one partition's items that match a filter, read in bounded batches until the page is
 * full or the read budget is spent (then the page may be short, with a cursor to go on). The
 * cursor is the signed table key of the last item looked at (pageCursor.ts: a forged or foreign
 * one is 400).
 */
export async function pageFiltered<T>(
  doc: DynamoDBDocumentClient,
  cursors: PageCursors,
  query: Omit<QueryCommandInput, 'FilterExpression' | 'Limit' | 'ExclusiveStartKey'>,
  filter: Filter,
  schema: z.ZodMiniType<T>,
  page: PageRequest,
): Promise<Page<T>> {
  const input: QueryCommandInput = {
    ...query,
    ...(filter.parts.length > 0 ? { FilterExpression: filter.parts.join(' AND ') } : {}),
    ExpressionAttributeNames: { ...query.ExpressionAttributeNames, ...filter.names },
    ExpressionAttributeValues: { ...query.ExpressionAttributeValues, ...filter.values },
    Limit: READ_BATCH,
  };
  if (Object.keys(input.ExpressionAttributeNames ?? {}).length === 0) delete input.ExpressionAttributeNames;
  const items: T[] = [];
  let start: Record<string, unknown> | undefined = cursors.decode(page.cursor, input);
  for (let read = 0; read < MAX_READS; read++) {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    const found = out.Items ?? [];
    for (const [i, item] of found.entries()) {
      items.push(parseItem(schema, item));
      if (items.length === page.limit) {
        const more = i < found.length - 1 || out.LastEvaluatedKey !== undefined;
        return { items, nextCursor: more ? cursors.encode({ PK: item.PK, SK: item.SK }, input) : null };
      }
    }
    start = out.LastEvaluatedKey;
    if (!start) return { items, nextCursor: null };
  }
  return { items, nextCursor: cursors.encode(start, input) };
}
