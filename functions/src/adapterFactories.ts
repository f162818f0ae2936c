import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createS3Client } from './adapters/s3/client';
import { S3PhotoStore } from './adapters/s3/s3PhotoStore';
import { createContentChecker } from './adapters/wechat/contentChecker';
import { createMiniProgramCodes } from './adapters/wechat/miniProgramCodes';
import { createSubscribeMessenger } from './adapters/wechat/subscribeMessenger';
import { WeChatCode2Session } from './adapters/wechat/wechatAuth';
import type { Config } from './config';
import type { Clock, ContentChecker, MiniProgramCodes, PhotoStore, SubscribeMessenger, WeChatAuth } from './domain/ports';

/**
 * The adapters that only some functions use. Each Lambda entry (functions/src/lambdas/) names the
 * factories of the ones its handlers reach, and esbuild leaves the others — the S3 client and
 * presigners, the WeChat clients — out of its bundle (this module has no side effects, so an
 * unused factory and what it imports are tree-shaken away).
 */
export interface OptionalAdapters {
  wechat: WeChatAuth;
  photos: PhotoStore;
  messenger: SubscribeMessenger;
  contentChecker: ContentChecker | null;
  /** Mini-program codes for printed labels; null where the function holds no app secret. */
  miniProgramCodes: MiniProgramCodes | null;
}

export interface AdapterContext {
  config: Config;
  clock: Clock;
  /** The process's one DynamoDB document client. */
  doc: () => DynamoDBDocumentClient;
}

export type AdapterFactories = { [K in keyof OptionalAdapters]?: (ctx: AdapterContext) => OptionalAdapters[K] };

/** code2session: the WeChat sign-in. */
export const weChatSignIn = ({ config }: AdapterContext): WeChatAuth => new WeChatCode2Session(config.wechat);

/** Ticket photos in S3: presigned POST and GET, HeadObject of uploaded keys. */
export const photoStore = ({ config, clock }: AdapterContext): PhotoStore =>
  new S3PhotoStore(createS3Client({ endpoint: config.s3Endpoint, region: config.region }), config.photoBucket, clock);

/** WeChat subscribe messages (the notifier). */
export const subscribeMessenger = ({ config, doc }: AdapterContext): SubscribeMessenger => createSubscribeMessenger(doc(), config);

/** WeChat's msg_sec_check of a report's text. */
export const contentChecker = ({ config, doc }: AdapterContext): ContentChecker | null => createContentChecker(doc(), config);

/** WeChat mini-program codes (getwxacodeunlimit) for printed labels. */
export const miniProgramCodes = ({ config, doc }: AdapterContext): MiniProgramCodes | null => createMiniProgramCodes(doc(), config);
