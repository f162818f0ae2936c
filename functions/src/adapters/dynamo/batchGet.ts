import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchGetItem takes at most 100 keys per request. */
const BATCH_GET_LIMIT = 100;
const UNPROCESSED_RETRY_BASE_MS = 20;

export interface TableKey {
  PK: string;
  SK: string;
}

/**
 * Every item of these keys (missing ones left out), in one BatchGetItem per 100 keys, sent at
 * once. Keys DynamoDB leaves unprocessed (throttling) are asked again after a short wait; that
 * is the only case that costs another round trip.
 */
export async function batchGetItems(doc: DynamoDBDocumentClient, tableName: string, keys: readonly TableKey[]): Promise<Record<string, unknown>[]> {
  const unique = [...new Map(keys.map((k) => [`${k.PK}\u0000${k.SK}`, k])).values()];
  const chunks: TableKey[][] = [];
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) chunks.push(unique.slice(i, i + BATCH_GET_LIMIT));
  const found = await Promise.all(chunks.map((chunk) => batchGetChunk(doc, tableName, chunk)));
  return found.flat();
}

async function batchGetChunk(doc: DynamoDBDocumentClient, tableName: string, chunk: TableKey[]): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let keys: Record<string, unknown>[] = chunk.map((k) => ({ ...k }));
  for (let attempt = 0; keys.length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, UNPROCESSED_RETRY_BASE_MS * 2 ** attempt));
    const out = await doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
    found.push(...(out.Responses?.[tableName] ?? []));
    keys = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
  }
  return found;
}

/** The item of a key among a batch's answers (BatchGetItem answers in no particular order). */
export function itemsByKey(items: readonly Record<string, unknown>[]): (key: TableKey) => Record<string, unknown> | undefined {
  const byKey = new Map(items.map((i) => [`${String(i.PK)}\u0000${String(i.SK)}`, i]));
  return (key) => byKey.get(`${key.PK}\u0000${key.SK}`);
}
