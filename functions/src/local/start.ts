/**
 * `npm start`: the whole product on one machine, no cloud account needed.
 *
 *   npm start                 data kept in .local-data/ between runs
 *   npm start -- --fresh      a throw-away in-memory database
 *   npm start -- --no-seed    without the demo hospital
 *   npm start -- --no-watch   do not rebuild the handlers when their sources change
 *   npm start -- --data-dir=/some/dir   keep the data somewhere else than .local-data/ (a crash test's own)
 *   PORT=3100 npm start       another API port (also WECHAT_FAKE_PORT, DYNAMODB_PORT, S3_PORT, HOST)
 *
 * The integration tests run this same file as a child process with --free-ports; it then
 * reports its URLs over the IPC channel and stops when its parent goes away.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStack, type LocalStack } from './localStack';
import { demoHospital } from './seed';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** The message a supervising parent receives once the stack answers. */
export interface ReadyMessage {
  type: 'local-stack-ready';
  apiUrl: string;
  wechatUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  s3Url: string;
  photoBucket: string;
  dynamoPid: number;
}

const { values: flags } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    'free-ports': { type: 'boolean', default: false },
    'no-watch': { type: 'boolean', default: false },
    'no-schedules': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
  },
});

function port(name: string, fallback: number): number {
  if (flags['free-ports']) return 0;
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, got ${process.env[name]}`);
  return value;
}

async function main(): Promise<void> {
  const started = Date.now();
  // Supervised by a test run (IPC channel): when the parent goes away, however it ended, the
  // stack and Java must not stay behind, also if that happens while we are still starting.
  let parentGone = false;
  let onParentGone: () => void = () => undefined;
  if (process.send)
    process.once('disconnect', () => {
      parentGone = true;
      onParentGone();
    });

  const log = flags.quiet ? undefined : (line: string) => console.log(`  ${line}`);
  const stack = await startLocalStack({
    inMemory: flags.fresh,
    ...(flags['data-dir'] ? { dataDir: flags['data-dir'] } : {}),
    seedDemo: !flags['no-seed'],
    watchHandlers: !flags['no-watch'],
    runSchedules: !flags['no-schedules'],
    apiPort: port('PORT', 3000),
    apiHost: process.env.HOST,
    wechatPort: port('WECHAT_FAKE_PORT', 3001),
    dynamoPort: port('DYNAMODB_PORT', 8000),
    s3Port: port('S3_PORT', 3002),
    log,
  }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (/EADDRINUSE/.test(message)) console.error(`A port is already in use (${message}). Stop the other process or choose other ports: PORT=3100 WECHAT_FAKE_PORT=3101 DYNAMODB_PORT=8100 S3_PORT=3102 npm start`);
    throw error;
  });

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    stopping ??= (async () => {
      if (!flags.quiet) console.log(`\nStopping (${reason})…`);
      await stack.stop();
      process.exit(0);
    })();
    return stopping;
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  if (process.send) {
    onParentGone = () => void shutdown('parent went away');
    if (parentGone || !process.connected) return void shutdown('parent went away');
    const ready: ReadyMessage = { type: 'local-stack-ready', apiUrl: stack.apiUrl, wechatUrl: stack.wechatUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, s3Url: stack.s3Url, photoBucket: stack.photoBucket, dynamoPid: stack.dynamoPid };
    process.send(ready, (error: Error | null) => error && void shutdown('parent went away'));
  }
  if (!flags.quiet) printWelcome(stack, Date.now() - started);
}

function printWelcome(stack: LocalStack, elapsedMs: number): void {
  const data = demoHospital();
  const h5Built = existsSync(join(__dirname, '..', '..', '..', 'miniapp', 'dist', 'h5', 'index.html'));
  const report = (code: string) => `${stack.apiUrl}/#/pages/report/index?scene=${code}`;
  const room = (id: string) => data.locations.find((l) => l.id === id);
  const asset = (id: string) => data.assets.find((a) => a.id === id);
  const labels = [
    ['R-B5-0301', room('B5-0301')?.name],
    ['R-B5-0201', room('B5-0201')?.name],
    ['R-OPD-0301', room('OPD-0301')?.name],
    ['A-B5-0201-VENT1', asset('B5-0201-VENT1')?.name],
    ['A-B5-EL01', asset('B5-EL01')?.name],
  ];
  const lines = [
    '',
    `Local stack ready in ${(elapsedMs / 1000).toFixed(1)} s${flags.fresh ? ' (in memory: nothing is kept)' : ' (data kept in .local-data/)'}`,
    '',
    h5Built ? `  Open the app (H5):   ${stack.apiUrl}/` : `  H5 app:              not built yet: run \`npm run build:h5\`, then open ${stack.apiUrl}/`,
    `  API base:            ${stack.apiUrl}/v1`,
    `  WeChat fake:         ${stack.wechatUrl}   (sent messages: ${stack.wechatUrl}/__sent; wx.login codes: wxcode-<user>.<n>)`,
    `  DynamoDB Local:      ${stack.dynamoEndpoint}   table ${stack.tableName}`,
    `  S3 (s3rver+policy):  ${stack.s3Url}   bucket ${stack.photoBucket}${flags.fresh ? '' : ' (objects in .local-data/s3/)'}`,
    '',
    flags['no-seed'] ? '  No demo hospital (--no-seed).' : `  Demo hospital "${data.hospital.name}" (id ${data.hospital.id}); sign in as (POST /v1/auth/dev-login {"userId": "…"}):`,
    ...(flags['no-seed'] ? [] : data.users.map((u) => `    ${u.id.padEnd(14)} ${u.name}  ${u.roles.join(', ')}${u.department ? `  · ${u.department}` : ''}`)),
    '',
    ...(flags['no-seed'] ? [] : ['  QR labels to try:', ...labels.map(([code, name]) => `    ${code!.padEnd(17)} ${(name ?? '').padEnd(14)} ${report(code!)}`), '']),
    `  Try: curl -s -X POST ${stack.apiUrl}/v1/auth/dev-login -H 'content-type: application/json' -d '{"userId":"nurse-li"}'`,
    '',
    '  Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
