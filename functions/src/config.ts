import { parseTemplateConfig, type TemplateConfig } from './domain/notify/templates';

/**
 * Configuration, read once from the environment at cold start; a missing required value fails
 * the cold start rather than the first request.
 */
export interface Config {
  stage: string;
  /** True only for the local stack (and tests): enables dev-login. */
  isLocal: boolean;
  tableName: string;
  /** DynamoDB Local's URL; unset in the cloud. */
  dynamoEndpoint: string | undefined;
  region: string;
  sessionSecret: string;
  sessionTtlSeconds: number;
  /** appSecret only where the function signs users in (code2session); other functions never hold it. */
  wechat: { apiBase: string; appId: string; appSecret: string | undefined };
  /** The hospital a WeChat login lands in when the client names none. */
  defaultHospitalId: string;
  /** Reporter text goes through WeChat's msg_sec_check (CONTENT_CHECK=on); flagged reports wait for the desk. */
  contentCheck: boolean;
  /** Printed QR labels link to `<labelBaseUrl>/#/pages/report/index?scene=<code>` (the H5 report page; WeChat opens the app for a registered prefix). */
  labelBaseUrl: string;
  /** The private bucket of ticket photos. */
  photoBucket: string;
  /** s3rver's URL in the local stack; unset in the cloud. */
  s3Endpoint: string | undefined;
  /** Subscribe messages: template per notification kind (WECHAT_TEMPLATES), how long a send waits for its answer. */
  notifications: { templates: TemplateConfig; sendTimeoutMs: number };
}

/**
 * How long a subscribe send waits for WeChat's answer. Long on purpose: WeChat's send has no
 * idempotency key, so a send given up too early and made again is a duplicate whenever the first
 * answer was only late (3 s gave 3 duplicates in an outage). An unanswered send is not retried at
 * once; the redrive sends it again minutes later and counts it (docs/notification-delivery.md).
 */
const DEFAULT_SEND_ANSWER_WAIT_MS = 10_000;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

/** A required http(s) URL without its trailing slashes: no default, so a deployment never links to a developer's machine. */
function absoluteUrl(env: NodeJS.ProcessEnv, name: string): string {
  const value = required(env, name);
  if (!/^https?:\/\/[^/\s]+/.test(value)) throw new Error(`${name} must be an absolute http(s) URL, not ${JSON.stringify(value)}`);
  return value.replace(/\/+$/, '');
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const stage = env.STAGE ?? 'local';
  // A function that serves no session (the scheduled jobs, the notifier) is deployed with an empty
  // SESSION_SECRET_PARAMETER and holds no secret; every other function must have one.
  const servesNoSession = env.SESSION_SECRET_PARAMETER === '' && !env.SESSION_SECRET;
  const sessionSecret = servesNoSession ? '' : required(env, 'SESSION_SECRET');
  if (!servesNoSession && sessionSecret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
  return {
    stage,
    isLocal: env.LOCAL_STACK === 'true',
    tableName: required(env, 'TABLE_NAME'),
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION ?? 'cn-north-1',
    sessionSecret,
    sessionTtlSeconds: Number(env.SESSION_TTL_SECONDS ?? 12 * 3600),
    wechat: {
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      appId: required(env, 'WECHAT_APP_ID'),
      appSecret: env.WECHAT_APP_SECRET || undefined,
    },
    defaultHospitalId: env.DEFAULT_HOSPITAL_ID ?? 'demo',
    contentCheck: env.CONTENT_CHECK === 'on',
    labelBaseUrl: absoluteUrl(env, 'LABEL_BASE_URL'),
    photoBucket: required(env, 'PHOTO_BUCKET'),
    s3Endpoint: env.S3_ENDPOINT || undefined,
    notifications: { templates: parseTemplateConfig(env.WECHAT_TEMPLATES), sendTimeoutMs: Number(env.WECHAT_SEND_TIMEOUT_MS ?? DEFAULT_SEND_ANSWER_WAIT_MS) },
  };
}
