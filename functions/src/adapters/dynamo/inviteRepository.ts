import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { InviteRepository } from '../../domain/ports';
import type { InviteRecord } from '../../domain/records';
import { parseItem } from './items';
import { inviteKey, userInviteKey } from './keys';
import { InviteRecordSchema } from './recordSchemas';
import { cancellationReasons } from './transactions';

/** Invites are kept a week past their expiry (TTL), so "expired" and "used" can still be told apart from "unknown". */
const KEEP_AFTER_EXPIRY_SECONDS = 7 * 24 * 3600;

export class DynamoInviteRepository implements InviteRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-25 invite by code. */
  async get(code: string): Promise<InviteRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: inviteKey(code), ConsistentRead: true }));
    return out.Item ? parseItem(InviteRecordSchema, out.Item) : null;
  }

  /** AP-26 the staff record's current invite: its pointer, then the invite (AP-25). */
  async currentOf(hospitalId: string, userId: string): Promise<InviteRecord | null> {
    const pointer = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: userInviteKey(hospitalId, userId), ConsistentRead: true }));
    const code = pointer.Item?.code as string | undefined;
    return code ? this.get(code) : null;
  }

  async issue(invite: InviteRecord, previous: InviteRecord | null): Promise<void> {
    const ttl = Math.floor(Date.parse(invite.expiresAt) / 1000) + KEEP_AFTER_EXPIRY_SECONDS;
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...inviteKey(invite.code), entity: 'invite', ...invite, ttl },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...userInviteKey(invite.hospitalId, invite.userId), entity: 'userInvite', code: invite.code },
                ...(previous
                  ? { ConditionExpression: 'code = :previous', ExpressionAttributeValues: { ':previous': previous.code } }
                  : { ConditionExpression: 'attribute_not_exists(PK)' }),
              },
            },
            ...(previous && previous.usedAt === null && previous.revokedAt === null
              ? [
                  {
                    Update: {
                      TableName: this.tableName,
                      Key: inviteKey(previous.code),
                      UpdateExpression: 'SET revokedAt = :at',
                      ConditionExpression: 'attribute_exists(PK)',
                      ExpressionAttributeValues: { ':at': invite.issuedAt },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) {
        throw new ConflictError('Another invite was issued meanwhile; try again', '邀请码刚被他人重新生成，请重试', { cause: error });
      }
      throw error;
    }
  }

  async revoke(invite: InviteRecord, at: Date): Promise<void> {
    try {
      // A transaction of one: the admin function's writes are all TransactWriteItems (infra/serverless.test.ts).
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: inviteKey(invite.code),
                UpdateExpression: 'SET revokedAt = :at',
                ConditionExpression: 'attribute_exists(PK) AND usedAt = :null AND revokedAt = :null',
                ExpressionAttributeValues: { ':at': at.toISOString(), ':null': null },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (!cancellationReasons(error)?.conditionFailed(0)) throw error;
    }
  }
}
