import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { ticketPk, wechatTokenKey } from '../../functions/src/adapters/dynamo/keys';
import { localWeChatApp } from '../../functions/src/local/wechatFake/localApp';
import type { DeliveryRecord } from '../../functions/src/domain/ports';
import { stackEnv } from './env';

/**
 * Polls until `check` returns a value (not undefined/false), at most `timeoutMs`: the notifier
 * runs asynchronously behind the table's stream, so tests wait for its effects — bounded. A poll
 * every 300 ms is soon enough for any effect and keeps a waiting test's load on the shared stack small.
 */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 120_000, intervalMs = 300): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The WeChat delivery records of a ticket (what the notifier decided for each recipient), read from the table. */
export async function deliveriesOf(hospitalId: string, ticketId: string): Promise<DeliveryRecord[]> {
  const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  try {
    const out = await doc.send(
      new QueryCommand({
        TableName: stackEnv('TABLE_NAME'),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :dlv)',
        ExpressionAttributeValues: { ':pk': ticketPk(hospitalId, ticketId), ':dlv': 'DLV#' },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []) as DeliveryRecord[];
  } finally {
    doc.destroy();
  }
}

/** The WeChat access token the deployment shares, as stored in the table (null before the first send). */
export async function storedAccessToken(): Promise<string | null> {
  const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  try {
    const out = await doc.send(new GetCommand({ TableName: stackEnv('TABLE_NAME'), Key: wechatTokenKey(localWeChatApp.appId), ConsistentRead: true }));
    return (out.Item?.token as string | undefined) ?? null;
  } finally {
    doc.destroy();
  }
}
