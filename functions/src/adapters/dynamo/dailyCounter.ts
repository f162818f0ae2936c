import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The next number of a day's counter item (tickets' BX…, work orders' PM…): one atomic ADD, the
 * item kept `keepSeconds` (DynamoDB's TTL removes it afterwards).
 */
export async function nextOfDailyCounter(doc: DynamoDBDocumentClient, tableName: string, key: Record<string, string>, keepSeconds: number): Promise<number> {
  const out = await doc.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: 'ADD #n :one SET #ttl = if_not_exists(#ttl, :ttl)',
      ExpressionAttributeNames: { '#n': 'n', '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':one': 1, ':ttl': Math.floor(Date.now() / 1000) + keepSeconds },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.n);
}
