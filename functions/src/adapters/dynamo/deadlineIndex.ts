import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SLA_SHARDS, slaShard } from './keys';

/**
 * The partition keys of every entry of the SLA deadline index (GSI4 `SLA#<shard>`, keys only)
 * due by `now`, at most `limitPerShard` a shard: tickets' watches (AP-20) and, since issue 15,
 * open work orders' overdue steps (AP-221). Each reader keeps its own kind.
 */
export async function dueDeadlineKeys(doc: DynamoDBDocumentClient, tableName: string, now: Date, limitPerShard: number): Promise<string[]> {
  const shards = await Promise.all(
    Array.from({ length: SLA_SHARDS }, (_, shard) =>
      doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI4',
          KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK <= :now',
          ExpressionAttributeValues: { ':pk': slaShard(shard), ':now': `${now.toISOString()}#~` },
          Limit: limitPerShard,
        }),
      ),
    ),
  );
  return shards.flatMap((out) => (out.Items ?? []).map((i) => String(i.PK)));
}
