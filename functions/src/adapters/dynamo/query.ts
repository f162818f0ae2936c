import type * as z from 'zod/mini';
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { parseItem } from './items';
import { queryPages } from './pagination';

/** Every raw item of a Query, page after page (when items of several kinds share a partition). */
export async function queryAllItems(doc: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const out of queryPages(doc, input)) items.push(...(out.Items ?? []));
  return items;
}

/** Every item of a Query as domain records, each checked against its schema. */
export async function queryAll<T>(doc: DynamoDBDocumentClient, schema: z.ZodMiniType<T>, input: QueryCommandInput): Promise<T[]> {
  return (await queryAllItems(doc, input)).map((i) => parseItem(schema, i));
}
