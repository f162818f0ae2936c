import type * as z from 'zod/mini';

/** The table's own attributes (keys, index keys, kind, expiry): not part of any domain record. */
const KEY_ATTRIBUTES = new Set([
  'PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK',
  'GSI4PK', 'GSI4SK', 'GSI5PK', 'GSI5SK', 'GSI6PK', 'GSI6SK', 'GSI7PK', 'GSI7SK', 'entity', 'ttl',
]);

/** A stored item that is not the record it should be: a bug or a bad hand edit, never a user's error. */
export class MalformedItemError extends Error {
  constructor(
    readonly key: string,
    readonly problems: string[],
  ) {
    super(`Malformed item ${key}: ${problems.join('; ')}`);
    this.name = 'MalformedItemError';
  }
}

/** The domain record of an item: its table attributes stripped, the rest checked against its schema (recordSchemas.ts). */
export function parseItem<T>(schema: z.ZodMiniType<T>, item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(key)) record[key] = value;
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    throw new MalformedItemError(
      `${String(item.PK)} / ${String(item.SK)}`,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
