import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

interface CfnTable {
  Properties: Omit<CreateTableCommandInput, 'TableName'> & {
    TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
    PointInTimeRecoverySpecification?: unknown;
  };
}

/** The table as infra/dynamodb.yml defines it, for DynamoDB Local (tests, local stack, bench). */
export function tableDefinition(tableName: string): { create: CreateTableCommandInput; ttlAttribute: string | null } {
  const doc = parse(readFileSync(join(__dirname, 'dynamodb.yml'), 'utf8')) as { Resources: { MainTable: CfnTable } };
  const { TimeToLiveSpecification, PointInTimeRecoverySpecification: _pitr, ...props } = doc.Resources.MainTable.Properties;
  return {
    create: { ...props, TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } },
    ttlAttribute: TimeToLiveSpecification?.Enabled ? TimeToLiveSpecification.AttributeName : null,
  };
}
