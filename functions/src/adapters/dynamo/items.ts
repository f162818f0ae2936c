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

