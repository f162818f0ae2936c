import { DynamoAggregateRepository } from './adapters/dynamo/aggregateRepository';
import { DynamoCatalogAdmin } from './adapters/dynamo/catalogAdmin';
import { DynamoCatalogRepository } from './adapters/dynamo/catalogRepository';
import { DynamoHandoverRepository } from './adapters/dynamo/handoverRepository';
import { createDocumentClient } from './adapters/dynamo/client';
import { DynamoTicketRepository } from './adapters/dynamo/ticketRepository';
import { DynamoUserRepository } from './adapters/dynamo/userRepository';
import { JoseSessionTokens } from './adapters/session/joseSessionTokens';
import { WeChatCode2Session } from './adapters/wechat/wechatAuth';
import { resolveSecrets } from './adapters/ssm/secrets';
import { createS3Client } from './adapters/s3/client';
import { S3PhotoStore } from './adapters/s3/s3PhotoStore';
import { readConfig, type Config } from './config';
import { DynamoNotificationRepository } from './adapters/dynamo/notificationRepository';
import { createSubscribeMessenger } from './adapters/wechat/subscribeMessenger';
import { createContentChecker } from './adapters/wechat/contentChecker';
import { createMiniProgramCodes } from './adapters/wechat/miniProgramCodes';
import type { AggregateRepository } from './domain/reports/aggregatePort';
import type { MetricsRecorder } from './domain/metrics';
import { powertoolsMetrics } from './observability/powertools';
import type { CatalogAdmin, CatalogRepository, Clock, ContentChecker, HandoverRepository, MiniProgramCodes, NotificationRepository, SubscribeMessenger, PhotoStore, SessionTokens, TicketRepository, UserRepository, WeChatAuth } from './domain/ports';

/** Everything a handler needs, built once per Lambda instance (cold start) and passed in. */
export interface Deps {
  config: Config;
  clock: Clock;
  catalog: CatalogRepository;
  catalogAdmin: CatalogAdmin;
  users: UserRepository;
  tickets: TicketRepository;
  handovers: HandoverRepository;
  tokens: SessionTokens;
  wechat: WeChatAuth;
  photos: PhotoStore;
  notifications: NotificationRepository;
  messenger: SubscribeMessenger;
  contentChecker: ContentChecker | null;
  /** Mini-program codes for printed labels; null where the function holds no app secret. */
  miniProgramCodes: MiniProgramCodes | null;
  /** Daily aggregates of dashboards and reports (kept by the aggregator stream consumer). */
  aggregates: AggregateRepository;
  /** Business counters (tickets created, SLA breaches, notifications…): CloudWatch EMF through Powertools. */
  metrics: MetricsRecorder;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The local stack's clock can be moved forward (tests of SLA clocks, the demo): it reads an
 * offset that only the local server sets. In the cloud the system clock is used as is.
 */
export const localClock: Clock = { now: () => new Date(Date.now() + Number(process.env.LOCAL_CLOCK_OFFSET_MS ?? 0)) };

export function buildDeps(config: Config): Deps {
  const doc = createDocumentClient({ endpoint: config.dynamoEndpoint, region: config.region });
  const clock = config.isLocal ? localClock : systemClock;
  return {
    config,
    clock,
    catalog: new DynamoCatalogRepository(doc, config.tableName),
    catalogAdmin: new DynamoCatalogAdmin(doc, config.tableName),
    users: new DynamoUserRepository(doc, config.tableName),
    tickets: new DynamoTicketRepository(doc, config.tableName),
    handovers: new DynamoHandoverRepository(doc, config.tableName),
    tokens: new JoseSessionTokens(config.sessionSecret, config.sessionTtlSeconds),
    wechat: new WeChatCode2Session(config.wechat),
    notifications: new DynamoNotificationRepository(doc, config.tableName),
    messenger: createSubscribeMessenger(doc, config),
    contentChecker: createContentChecker(doc, config),
    miniProgramCodes: createMiniProgramCodes(doc, config),
    aggregates: new DynamoAggregateRepository(doc, config.tableName),
    metrics: powertoolsMetrics,
    photos: new S3PhotoStore(createS3Client({ endpoint: config.s3Endpoint, region: config.region }), config.photoBucket, clock),
  };
}

let instance: Promise<Deps> | undefined;
/**
 * The process-wide dependencies, built once per Lambda instance: secrets from SSM, then the
 * configuration, failing the cold start if anything is missing (and trying again next time).
 */
export function getDeps(): Promise<Deps> {
  instance ??= resolveSecrets(process.env)
    .then((env) => buildDeps(readConfig(env)))
    .catch((error: unknown) => {
      instance = undefined;
      throw error;
    });
  return instance;
}
