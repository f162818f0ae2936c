import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface Call {
  command: string;
  capacity: ConsumedCapacity[];
  /** Items DynamoDB read for a Query (before any filter); 0 for other calls. */
  scannedCount: number;
}

/** Asks DynamoDB for ReturnConsumedCapacity (INDEXES: the TOTAL plus its table/GSI split) on every call of this client and records the answers. */
export function recordConsumedCapacity(doc: DynamoDBDocumentClient): Call[] {
  const calls: Call[] = [];
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[]; ScannedCount?: number };
      const consumed = output.ConsumedCapacity;
      calls.push({ command: context.commandName ?? 'unknown', capacity: consumed ? [consumed].flat() : [], scannedCount: output.ScannedCount ?? 0 });
      return result;
    },
    { step: 'initialize', name: 'benchConsumedCapacity' },
  );
  return calls;
}

export const capacityUnits = (call: Call): number => call.capacity.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
