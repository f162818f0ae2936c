import { startStackProcess, type RunningStack } from './stackProcess';

declare global {
  var __localStack: RunningStack | undefined;
}

/**
 * Once per jest run (integration project): the local stack in memory on free ports, as a child
 * process running the same entry as `npm start`. Test files find it through process.env, which
 * jest's workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  const stack = await startStackProcess('integration');
  globalThis.__localStack = stack;
  process.env.API_URL = stack.ready.apiUrl;
  process.env.WECHAT_URL = stack.ready.wechatUrl;
  process.env.DYNAMODB_ENDPOINT = stack.ready.dynamoEndpoint;
  process.env.TABLE_NAME = stack.ready.tableName;
  process.env.S3_URL = stack.ready.s3Url;
  process.env.PHOTO_BUCKET = stack.ready.photoBucket;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}
