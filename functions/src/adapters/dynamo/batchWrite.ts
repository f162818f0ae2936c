import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const BATCH_LIMIT = 25;

/** Batches in flight at once: imports of thousands of rows finish in a few seconds, well under the function's timeout. */
const CONCURRENT_BATCHES = 4;

async function putBatch(doc: DynamoDBDocumentClient, tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  let requests = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 8) throw new Error(`BatchWrite left ${requests.length} items unprocessed`);
    if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    const out = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
    requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
  }
}

/** Puts many items, 25 per request and a few requests at a time, resending what DynamoDB hands back unprocessed. */
export async function putAll(doc: DynamoDBDocumentClient, tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH_LIMIT) batches.push(items.slice(i, i + BATCH_LIMIT));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await putBatch(doc, tableName, batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_BATCHES, batches.length) }, worker));
}
