import { GetCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { UserListFilters, UserRepository } from '../../domain/ports';
import type { Page, PageRequest, UserRecord } from '../../domain/records';
import { pageUsers } from './userListing';
import { parseItem } from './items';
import { UserRecordSchema } from './recordSchemas';
import { SK_PREFIX, hospitalPk, openidKey, userKey } from './keys';

export class DynamoUserRepository implements UserRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-07 user by id. */
  async getUser(hospitalId: string, userId: string): Promise<UserRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: userKey(hospitalId, userId) }));
    return out.Item ? parseItem(UserRecordSchema, out.Item) : null;
  }

  /** AP-22 every user of a hospital: one Query on the hospital partition (hundreds, not a scan). */
  listUsers(hospitalId: string): Promise<UserRecord[]> {
    return queryAll(this.doc, UserRecordSchema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': SK_PREFIX.user },
    });
  }

  /** AP-08 user by WeChat openid: the link item, then the user. */
  async findByOpenid(hospitalId: string, openid: string): Promise<UserRecord | null> {
    const link = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: openidKey(hospitalId, openid) }));
    const userId = link.Item?.userId as string | undefined;
    return userId ? this.getUser(hospitalId, userId) : null;
  }

  pageUsers(hospitalId: string, filters: UserListFilters, page: PageRequest): Promise<Page<UserRecord>> {
    return pageUsers(this.doc, this.tableName, hospitalId, filters, page);
  }

  async createWithOpenid(user: UserRecord & { openid: string }): Promise<UserRecord> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...openidKey(user.hospitalId, user.openid), entity: 'openid', userId: user.id },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...userKey(user.hospitalId, user.id), entity: 'user', ...user },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
      return user;
    } catch (error) {
      // Two first logins of the same WeChat user at once: the other one linked it; use that user.
      if (error instanceof TransactionCanceledException) {
        const existing = await this.findByOpenid(user.hospitalId, user.openid);
        if (existing) return existing;
      }
      throw error;
    }
  }
}
