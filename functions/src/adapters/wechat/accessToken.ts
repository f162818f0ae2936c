import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { wechatTokenKey as wechatKey } from '../dynamo/keys';
import { withRetries } from '../../retry';
import { wechatPostJson } from './wechatApi';

/** Another instance holds the refresh lease and the old token has expired: wait and look again. */
class RefreshInProgress extends Error {
  constructor() {
    super('Another instance is refreshing the WeChat access token');
    this.name = 'RefreshInProgress';
  }
}

export interface AccessTokenSource {
  /** A valid token; `rejected` is one WeChat just refused (40001/40014/42001): a new one is fetched unless another caller already did. */
  get(rejected?: string): Promise<string>;
}

interface StoredToken {
  token?: string;
  expiresAtMs?: number;
  leaseUntilMs?: number;
  leaseOwner?: string;
}

export interface AccessTokenOptions {
  apiBase: string;
  appId: string;
  appSecret: string;
  /** Fetch a new token this long before the old one expires (WeChat rotates ~5 minutes early). */
  refreshAheadMs?: number;
  /** How long a refresher may hold the lock; a crashed one is taken over after it. */
  leaseMs?: number;
  /** How long a caller waits for another's refresh before giving up. */
  waitMs?: number;
  nowMs?: () => number;
}

/**
 * The deployment's one WeChat access token (stable_token), shared through the table so that
 * every Lambda instance uses the same one. When it is about to expire, ONE caller refreshes it:
 * the lock is a conditional write of a lease on the token's item; the others keep using the
 * old token while it is still valid, or wait for the new one. A per-instance copy saves the read.
 * AP-54: GetItem of the token item; the lease is a conditional UpdateItem.
 */
export class DynamoAccessTokenSource implements AccessTokenSource {
  private cached: { token: string; expiresAtMs: number } | null = null;
  private readonly owner = randomUUID();
  private readonly refreshAheadMs: number;
  private readonly leaseMs: number;
  private readonly waitMs: number;
  private readonly nowMs: () => number;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: AccessTokenOptions,
  ) {
    this.refreshAheadMs = options.refreshAheadMs ?? 10 * 60_000;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.waitMs = options.waitMs ?? 10_000;
    this.nowMs = options.nowMs ?? Date.now;
  }

  private get key() {
    return wechatKey(this.options.appId);
  }

  async get(rejected?: string): Promise<string> {
    const fresh = (t: { token?: string; expiresAtMs?: number }, aheadMs: number) =>
      !!t.token && t.token !== rejected && (t.expiresAtMs ?? 0) - aheadMs > this.nowMs();
    if (this.cached && fresh(this.cached, this.refreshAheadMs)) return this.cached.token;

    const lookOrRefresh = async (): Promise<string> => {
      const stored = await this.read();
      if (fresh(stored, this.refreshAheadMs)) return this.remember(stored);
      if (await this.takeLease()) {
        try {
          // Another caller may have refreshed between our read and our lease.
          const again = await this.read();
          if (fresh(again, this.refreshAheadMs)) return this.remember(again);
          const answer = await wechatPostJson<{ access_token: string; expires_in: number }>(
            this.options.apiBase,
            '/cgi-bin/stable_token',
            { grant_type: 'client_credential', appid: this.options.appId, secret: this.options.appSecret, force_refresh: false },
            { timeoutMs: 5000 },
          );
          const token = { token: answer.access_token, expiresAtMs: this.nowMs() + answer.expires_in * 1000 };
          await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...this.key, entity: 'wechat_token', ...token } }));
          return this.remember(token);
        } finally {
          await this.releaseLease();
        }
      }
      // Someone else is refreshing: the old token serves until it really expires.
      if (fresh(stored, 0)) return this.remember(stored);
      throw new RefreshInProgress();
    };
    try {
      return await withRetries(lookOrRefresh, { attempts: Number.POSITIVE_INFINITY, baseDelayMs: 100, maxDelayMs: 1000, maxTotalMs: this.waitMs }, (error) => error instanceof RefreshInProgress);
    } catch (error) {
      if (error instanceof RefreshInProgress) throw new Error('Timed out waiting for another instance to refresh the WeChat access token', { cause: error });
      throw error;
    }
  }

  private remember(t: { token?: string; expiresAtMs?: number }): string {
    this.cached = { token: t.token!, expiresAtMs: t.expiresAtMs ?? 0 };
    return this.cached.token;
  }

  private async read(): Promise<StoredToken> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: this.key, ConsistentRead: true }));
    return (out.Item ?? {}) as StoredToken;
  }

  private async takeLease(): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key,
          UpdateExpression: 'SET leaseUntilMs = :until, leaseOwner = :me, entity = :entity',
          ConditionExpression: 'attribute_not_exists(leaseUntilMs) OR leaseUntilMs < :now',
          ExpressionAttributeValues: { ':until': this.nowMs() + this.leaseMs, ':me': this.owner, ':now': this.nowMs(), ':entity': 'wechat_token' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async releaseLease(): Promise<void> {
    await this.doc
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key,
          UpdateExpression: 'REMOVE leaseUntilMs, leaseOwner',
          ConditionExpression: 'leaseOwner = :me',
          ExpressionAttributeValues: { ':me': this.owner },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }
}
