import { localNow, startScheduler } from './api/localHooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { join } from 'node:path';
import { DynamoCatalogWriter } from '../adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../adapters/dynamo/client';
import { bundleHandlers } from './api/handlerBundles';
import { ensureTable } from './createTable';
import { startDynamoLocal } from './dynamoLocal';
import getPort from 'get-port';
import { startApiServer } from './httpServer';
import { startStreamPoller } from './streamPoller';
import { s3rverCredentials, startS3Local } from './s3Local';
import { demoHospitalId, seedDemoHospital } from './seed';
import { demoJobTemplates } from './seed/jobTemplates';
import { writeJobTemplates } from '../adapters/dynamo/jobRepository';
import { loadOrCreateSessionSecret } from './sessionSecret';
import { localWeChatApp } from './wechatFake/localApp';
import { startWeChatFake } from './wechatFake/server';

export interface LocalStackOptions {
  /** Keep nothing: DynamoDB Local in memory. Otherwise tables live in <dataDir>/dynamodb. */
  inMemory: boolean;
  /** Defaults to <repo>/.local-data. Also holds the session secret. */
  dataDir?: string;
  /** 0 = any free port (tests); the CLI passes fixed defaults. */
  apiPort?: number;
  apiHost?: string;
  wechatPort?: number;
  dynamoPort?: number;
  s3Port?: number;
  seedDemo: boolean;
  /** Run the scheduled jobs on their timers (default); tests turn it off and run them through /__local/jobs. */
  runSchedules?: boolean;
  /** Feed the table's stream to the stream consumers (default); tests need it on. */
  pollStreams?: boolean;
  /** Rebuild the handlers when their sources change (npm start); tests run one build. */
  watchHandlers?: boolean;
  tableName?: string;
  log?: (line: string) => void;
}

export interface LocalStack {
  apiUrl: string;
  wechatUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  /** s3rver, holding the photo bucket, behind the proxy that enforces POST policies. */
  s3Url: string;
  photoBucket: string;
  /** Java's pid, for a supervisor that must be able to kill it even if this process dies. */
  dynamoPid: number;
  /** The environment the handlers run with (already applied to process.env). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export const localTableName = 'fault-reporting-local';
export const defaultDataDir = join(__dirname, '..', '..', '..', '.local-data');

/**
 * Starts everything the product needs on one machine: DynamoDB Local with the table, the demo
 * hospital (optional), the WeChat fake and the API adapter. The handlers run in this process,
 * as Lambda would run them, configured through process.env. `npm start` and the integration
 * tests both come through here.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const dataDir = options.dataDir ?? defaultDataDir;
  const tableName = options.tableName ?? localTableName;
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error: unknown) => log(`stop failed: ${String(error)}`));
  };

  try {
    const dynamo = await startDynamoLocal({
      // Our own servers listen on port 0; DynamoDB Local (Java, all interfaces) must be told its port up front.
      port: options.dynamoPort || (await getPort()),
      inMemory: options.inMemory,
      dbPath: join(dataDir, 'dynamodb'),
    });
    stops.push(() => dynamo.stop());

    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    try {
      const { created } = await ensureTable(client, tableName);
      log(created ? `created table ${tableName}` : `table ${tableName} already there`);
    } finally {
      client.destroy();
    }

    if (options.seedDemo) {
      const doc = createDocumentClient({ endpoint: dynamo.endpoint, region: 'cn-north-1' });
      try {
        const data = await seedDemoHospital(new DynamoCatalogWriter(doc, tableName));
        await writeJobTemplates(doc, tableName, demoJobTemplates(data.hospital.id));
        log(`seeded hospital ${data.hospital.id}: ${data.locations.length} locations, ${data.assets.length} assets, ${data.qrCodes.length} labels, ${data.users.length} users`);
      } finally {
        doc.destroy();
      }
    }

    // The API's port is chosen now, not when it listens: the bucket's CORS rule, the API's CORS
    // and the printed labels' links all name the stack's own origin (the one it really runs on).
    const apiPort = options.apiPort || (await getPort());
    const appUrl = `http://127.0.0.1:${apiPort}`;
    const appOrigins = [appUrl, `http://localhost:${apiPort}`];

    // Photos: kept next to the tables, or in a temp folder when nothing is kept.
    const s3 = await startS3Local({ port: options.s3Port ?? 0, now: localNow, directory: options.inMemory ? undefined : join(dataDir, 's3'), appOrigins });
    stops.push(() => s3.stop());

    // What the fake delivered is kept with the data, as WeChat keeps it whatever happens to us.
    const wechat = await startWeChatFake({ port: options.wechatPort ?? 0, ...localWeChatApp, ...(options.inMemory ? {} : { sentLogFile: join(dataDir, 'wechat-sent.jsonl') }) });
    stops.push(() => wechat.stop());

    // Set before the first request: each handler module reads its configuration when first imported.
    const env: Record<string, string> = {
      STAGE: 'local',
      LOCAL_STACK: 'true',
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      AWS_REGION: process.env.AWS_REGION ?? 'cn-north-1',
      SESSION_SECRET: loadOrCreateSessionSecret(dataDir),
      WECHAT_API_BASE: wechat.url,
      WECHAT_APP_ID: localWeChatApp.appId,
      WECHAT_APP_SECRET: localWeChatApp.appSecret,
      DEFAULT_HOSPITAL_ID: demoHospitalId,
      // The fake flags text marked 【违规测试】/【待审测试】 (wechatFake/contentCheck.ts).
      CONTENT_CHECK: 'on',
      PHOTO_BUCKET: s3.bucket,
      S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: s3rverCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3rverCredentials.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // What the cloud gets as required parameters (serverless.yml): the app's origins, the labels' link base.
      H5_ORIGINS: appOrigins.join(','),
      LABEL_BASE_URL: appUrl,
    };
    Object.assign(process.env, env);

    // One build folder per process: `npm start` and a test run may bundle at the same time.
    const bundles = await bundleHandlers({ outDir: join(dataDir, 'build', `handlers-${process.pid}`), watch: options.watchHandlers ?? false, log });
    stops.push(() => bundles.stop());

    const api = await startApiServer({ port: apiPort, host: options.apiHost, loadHandler: bundles.loadHandler, log });
    stops.push(() => api.stop());
    // The table's stream → the notifier, as Lambda's event source mapping does in the cloud.
    if (options.pollStreams ?? true) {
      // The consumers' positions are kept with the tables they read (none for an in-memory table).
      const checkpointFile = options.inMemory ? undefined : join(dataDir, 'dynamodb', 'stream-checkpoints.json');
      const poller = await startStreamPoller({ endpoint: dynamo.endpoint, region: env.AWS_REGION!, tableName, loadHandler: bundles.loadHandler, log, checkpointFile });
      stops.push(() => poller.stop());
    }
    if (options.runSchedules ?? true) {
      const scheduler = startScheduler(bundles.loadHandler, log);
      stops.push(async () => scheduler.stop());
    }

    return { apiUrl: api.url, wechatUrl: wechat.url, dynamoEndpoint: dynamo.endpoint, tableName, s3Url: s3.endpoint, photoBucket: s3.bucket, dynamoPid: dynamo.pid, env, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
