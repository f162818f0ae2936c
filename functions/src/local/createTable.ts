import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../../infra/table';

/**
 * Creates the product's table as infra/dynamodb.yml defines it, unless it exists, and turns
 * on TTL. Safe to call on every start: a persisted DynamoDB Local keeps the table.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<{ created: boolean }> {
  const { create, ttlAttribute } = tableDefinition(tableName);
  let created = false;
  if (!(await tableExists(client, tableName))) {
    try {
      await client.send(new CreateTableCommand(create));
      created = true;
    } catch (error) {
      // Another process created it between our check and our call: that is the state we want.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  // waitUntilTableExists waits for ACTIVE, not merely for the name to be known.
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  if (ttlAttribute) await enableTtl(client, tableName, ttlAttribute);
  return { created };
}

async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

async function enableTtl(client: DynamoDBClient, tableName: string, attributeName: string): Promise<void> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = current.TimeToLiveDescription?.TimeToLiveStatus;
  // Enabling it twice is a ValidationException, so look first.
  if (status === 'ENABLED' || status === 'ENABLING') return;
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true } }));
}
