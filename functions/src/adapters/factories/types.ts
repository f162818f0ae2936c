import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../config';
import type { Clock, ContentChecker, MiniProgramCodes, PhotoStore, SubscribeMessenger, WeChatAuth, WeChatPhoneNumbers } from '../../domain/ports';

/**
 * The adapters that only some functions use. Each Lambda entry (functions/src/lambdas/) names the
 * factories of the ones its handlers reach, and the others stay out of its bundle. One module per
 * SDK package: an import of a package left to the runtime (@aws-sdk/*) is kept by esbuild even
 * when unused, and costs its loading at every cold start, so the S3 factory has a file of its own.
 */
export interface OptionalAdapters {
  wechat: WeChatAuth;
  /** The verified phone numbers of staff linking WeChat (getuserphonenumber). */
  phoneNumbers: WeChatPhoneNumbers;
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
