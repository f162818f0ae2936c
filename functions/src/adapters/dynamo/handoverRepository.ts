import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HandoverRepository } from '../../domain/ports';
import type { HandoverRecord } from '../../domain/records';
import { parseItem } from './items';
import { HandoverRecordSchema } from './recordSchemas';
import { SK_PREFIX, handoverKey, hospitalPk } from './keys';



export class DynamoHandoverRepository implements HandoverRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(h: HandoverRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...handoverKey(h.hospitalId, h.at, h.id), entity: 'handover', ...h },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  /** AP-23 the latest handovers of a hospital, newest first. */
  async listRecent(hospitalId: string, limit: number): Promise<HandoverRecord[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': SK_PREFIX.handover },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => parseItem(HandoverRecordSchema, i));
  }
}
