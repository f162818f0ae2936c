import { GetCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query';
import { ConflictError } from '../../domain/errors';
import { StaffLinkRefusedError, type UserRepository } from '../../domain/ports';
import type { OpenidLink, UserRecord } from '../../domain/records';
import type { UserListFilters } from '../../domain/ports';
import type { Page, PageRequest } from '../../domain/records';
import type { PageCursors } from './pageCursor';
import { pageUsers } from './userListing';
import { parseItem } from './items';
import { OpenidLinkSchema, UserRecordSchema } from './recordSchemas';
import { SK_PREFIX, hospitalPk, inviteKey, openidLinkKey, openidLinksPk, userKey } from './keys';
import { cancellationReasons } from './transactions';

export class DynamoUserRepository implements UserRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
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

  /** AP-08 whom a WeChat openid signs in as in one hospital. */
  async getOpenidLink(openid: string, hospitalId: string): Promise<OpenidLink | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: openidLinkKey(openid, hospitalId), ConsistentRead: true }));
    return out.Item ? parseItem(OpenidLinkSchema, out.Item) : null;
  }

  pageUsers(hospitalId: string, filters: UserListFilters, page: PageRequest): Promise<Page<UserRecord>> {
    return pageUsers(this.doc, this.tableName, hospitalId, filters, page, this.cursors);
  }

  /** AP-24 every hospital of a WeChat openid. */
  listOpenidLinks(openid: string): Promise<OpenidLink[]> {
    return queryAll(this.doc, OpenidLinkSchema, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': openidLinksPk(openid) },
    });
  }

  async createGuest(guest: UserRecord & { openid: string }): Promise<UserRecord> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: openidLinkKey(guest.openid, guest.hospitalId),
                UpdateExpression: 'SET entity = :entity, hospitalId = :hid, openid = :openid, guestUserId = :uid',
                ConditionExpression: 'attribute_not_exists(guestUserId)',
                ExpressionAttributeValues: { ':entity': 'openidLink', ':hid': guest.hospitalId, ':openid': guest.openid, ':uid': guest.id },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...userKey(guest.hospitalId, guest.id), entity: 'user', ...guest },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
      return guest;
    } catch (error) {
      // Two first sign-ins of the same account at once: the other one created the guest; use it.
      if (cancellationReasons(error)?.conditionFailed(0)) {
        const link = await this.getOpenidLink(guest.openid, guest.hospitalId);
        const existing = link?.guestUserId ? await this.getUser(guest.hospitalId, link.guestUserId) : null;
        if (existing) return existing;
      }
      throw error;
    }
  }

  async linkStaff(user: UserRecord, openid: string, invite?: { code: string; at: Date }): Promise<UserRecord> {
    const readVersion = user.version ?? 0;
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: openidLinkKey(openid, user.hospitalId),
                UpdateExpression: 'SET entity = :entity, hospitalId = :hid, openid = :openid, staffUserId = :uid',
                ConditionExpression: 'attribute_not_exists(staffUserId) OR staffUserId = :uid',
                ExpressionAttributeValues: { ':entity': 'openidLink', ':hid': user.hospitalId, ':openid': openid, ':uid': user.id },
              },
            },
            {
              // The version goes up so that an admin edit made from an older read cannot write the link away.
              Update: {
                TableName: this.tableName,
                Key: userKey(user.hospitalId, user.id),
                UpdateExpression: 'SET openid = :openid, version = :next',
                ConditionExpression:
                  'attribute_exists(PK) AND (attribute_not_exists(version) OR version = :read) AND (attribute_not_exists(retired) OR retired = :false) AND (attribute_not_exists(openid) OR openid = :null OR openid = :openid)',
                ExpressionAttributeValues: { ':openid': openid, ':next': readVersion + 1, ':read': readVersion, ':false': false, ':null': null },
              },
            },
            ...(invite
              ? [
                  {
                    Update: {
                      TableName: this.tableName,
                      Key: inviteKey(invite.code),
                      UpdateExpression: 'SET usedAt = :at, usedByOpenid = :openid',
                      ConditionExpression: 'userId = :uid AND hospitalId = :hid AND usedAt = :null AND revokedAt = :null AND expiresAt > :at',
                      ExpressionAttributeValues: { ':at': invite.at.toISOString(), ':openid': openid, ':uid': user.id, ':hid': user.hospitalId, ':null': null },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return { ...user, openid, version: readVersion + 1 };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.conditionFailed(2)) throw new StaffLinkRefusedError('invite_unusable');
      if (reasons?.conditionFailed(0)) throw new StaffLinkRefusedError('account_has_staff');
      // Two redeems of one code at once: the winner's transaction also moved the record's version,
      // and DynamoDB may name only that condition for the loser. The code is spent then, and that
      // is what the loser must hear (403), not "the record changed, try again".
      if (reasons?.conditionFailed(1)) throw new StaffLinkRefusedError(invite && (await this.inviteSpent(invite.code)) ? 'invite_unusable' : 'record_changed');
      throw error;
    }
  }

  /** AP-25 (consistent): has the invite been used meanwhile? */
  private async inviteSpent(code: string): Promise<boolean> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: inviteKey(code), ConsistentRead: true, ProjectionExpression: 'usedAt' }));
    return typeof out.Item?.usedAt === 'string';
  }

  async unlinkStaff(user: UserRecord & { openid: string }): Promise<UserRecord> {
    const readVersion = user.version ?? 0;
    const unlinked: UserRecord = { ...user, openid: null, version: readVersion + 1, tokenVersion: (user.tokenVersion ?? 0) + 1 };
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: userKey(user.hospitalId, user.id),
                UpdateExpression: 'SET openid = :null, version = :next, tokenVersion = :tokenVersion',
                ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(version) OR version = :read) AND openid = :openid',
                ExpressionAttributeValues: { ':null': null, ':next': unlinked.version, ':tokenVersion': unlinked.tokenVersion, ':read': readVersion, ':openid': user.openid },
              },
            },
            {
              // The account's guest (if any) stays; only the staff link goes.
              Update: {
                TableName: this.tableName,
                Key: openidLinkKey(user.openid, user.hospitalId),
                UpdateExpression: 'REMOVE staffUserId',
                ConditionExpression: 'staffUserId = :uid',
                ExpressionAttributeValues: { ':uid': user.id },
              },
            },
          ],
        }),
      );
      return unlinked;
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) {
        throw new ConflictError('The user was changed meanwhile; reload and try again', '该用户已被他人修改，请刷新后重试', { cause: error });
      }
      throw error;
    }
  }
}
