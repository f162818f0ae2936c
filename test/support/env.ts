/** The local stack's addresses, set by globalSetup.ts for every test file. */
export function stackEnv(name: 'API_URL' | 'WECHAT_URL' | 'DYNAMODB_ENDPOINT' | 'TABLE_NAME' | 'S3_URL' | 'PHOTO_BUCKET'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest (project 'integration'), whose globalSetup starts the local stack`);
  return value;
}
