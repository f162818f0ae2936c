import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PcLoginRepository, PcLoginRequestRecord } from '../../domain/auth/pcLoginPort';
import { ConflictError } from '../../domain/errors';
import { parseItem } from './items';
import { pcLoginKey } from './keys';
import { PcLoginRequestSchema } from './recordSchemas';

/** TTL removes a request a while after it expired; until then the code's own expiry check refuses it. */
const epochSeconds = (iso: string) => Math.ceil(Date.parse(iso) / 1000);

/** AP-28: desk PC sign-in requests, each state change a conditional write. */
export class DynamoPcLoginRepository implements PcLoginRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(request: PcLoginRequestRecord): Promise<void> {
    const put = new PutCommand({
      TableName: this.tableName,
      Item: { ...pcLoginKey(request.id), entity: 'pcLogin', ...request, ttl: epochSeconds(request.expiresAt) },
      ConditionExpression: 'attribute_not_exists(PK)',
    });
    if (!(await this.conditionHeld(put))) throw new ConflictError('This sign-in request id is taken', '登录请求编号已被占用');
  }

  async get(id: string): Promise<PcLoginRequestRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: pcLoginKey(id), ConsistentRead: true }));
    return out.Item ? parseItem(PcLoginRequestSchema, out.Item) : null;
  }

  confirm(id: string, by: { hospitalId: string; userId: string }, now: Date): Promise<boolean> {
    return this.conditionHeld(
      new UpdateCommand({
        TableName: this.tableName,
        Key: pcLoginKey(id),
        UpdateExpression: 'SET #status = :confirmed, hospitalId = :hospitalId, userId = :userId',
        ConditionExpression: 'attribute_exists(PK) AND #status = :pending AND expiresAt > :now',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':confirmed': 'confirmed', ':pending': 'pending', ':hospitalId': by.hospitalId, ':userId': by.userId, ':now': now.toISOString() },
      }),
    );
  }

  markUsed(id: string): Promise<boolean> {
    return this.conditionHeld(
      new UpdateCommand({
        TableName: this.tableName,
        Key: pcLoginKey(id),
        UpdateExpression: 'SET #status = :used',
        ConditionExpression: 'attribute_exists(PK) AND #status = :confirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':used': 'used', ':confirmed': 'confirmed' },
      }),
    );
  }

  /** Sends a conditional write: false when its condition failed. */
  private async conditionHeld(command: PutCommand | UpdateCommand): Promise<boolean> {
    try {
      await this.doc.send(command as UpdateCommand);
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
