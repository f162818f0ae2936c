/**
 * `npm run bench`: prints figures against the budgets of the foundation issue; never fails on
 * timing. Parts: bundles (sizes, cold init), latency (local HTTP server), capacity (DynamoDB).
 *
 *   npm run bench                         everything
 *   npm run bench -- --only bundles       one part (bundles | miniapp | latency | capacity | open-work | dashboard | first-screen)
 *   npm run bench -- --requests 500 --concurrency 8
 *   npm run bench -- --only open-work --scale=100000
 *                                         the desk queue and SLA scan at 10,000 and then 100,000 open
 *                                         tickets (default: 10,000 only; 100,000 takes minutes longer)
 *   npm run bench -- --only dashboard     a month's dashboard at 1,000 and 100,000 tickets (issue 6)
 *   npm run bench -- --only first-screen --first-screen-loads 3
 *                                         the H5 app's first screen in Chromium at 400 kbps, 300 ms
 */
import { parseArgs } from 'node:util';
import { startLocalStack, type LocalStack } from '../functions/src/local/localStack';
import { ensureH5Build } from '../functions/src/local/miniappBuild';
import { demoHospital } from '../functions/src/local/seed';
import { measureBundles, printBundles } from './bundles';
import { measureCapacity, printCapacity } from './capacity';
import { measureDashboard, printDashboard } from './dashboard';
import { measureFirstScreen, printFirstScreen, WEAK_SIGNAL } from './firstScreen';
import { measureLatency, printLatency, reportBodies } from './latency';
import { measureMiniappSizes, printMiniappSizes } from './miniappSize';
import { measureOpenWork, printOpenWork } from './openWork';

const DEFAULT_SCALE = 10_000;

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { values: flags } = parseArgs({
  options: {
    only: { type: 'string' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    scale: { type: 'string', default: String(DEFAULT_SCALE) },
    'first-screen-loads': { type: 'string', default: '3' },
  },
});
const parts = new Set(flags.only ? flags.only.split(',') : ['bundles', 'miniapp', 'latency', 'capacity', 'open-work', 'dashboard', 'first-screen']);
const scale = Number(flags.scale);
const firstScreenLoads = Number(flags['first-screen-loads']);
if (!Number.isInteger(firstScreenLoads) || firstScreenLoads < 1) throw new Error(`--first-screen-loads must be a whole number ≥ 1, not ${flags['first-screen-loads']}`);
if (!Number.isInteger(scale) || scale < 1000) throw new Error(`--scale must be a whole number of open tickets ≥ 1000, not ${flags.scale}`);
/** 10,000 first, then the asked scale: the figures at both show what grows with the open work. */
const scales = scale > DEFAULT_SCALE ? [DEFAULT_SCALE, scale] : [scale];

async function main(): Promise<void> {
  if (parts.has('bundles')) printBundles(await measureBundles());
  if (parts.has('miniapp')) printMiniappSizes(measureMiniappSizes());
  if (!['latency', 'capacity', 'open-work', 'dashboard', 'first-screen'].some((part) => parts.has(part))) return;
  if (parts.has('first-screen')) ensureH5Build((line) => console.log(line));

  let stack: LocalStack | undefined;
  const stopStack = () => stack?.stop();
  process.once('SIGINT', () => void Promise.resolve(stopStack()).finally(() => process.exit(130)));
  try {
    const started = performance.now();
    // No timers: the SLA scanner must run only when the open-work part runs it, with its own clock.
    stack = await startLocalStack({ inMemory: true, seedDemo: true, runSchedules: false });
    console.log(`\nLocal stack (in-memory DynamoDB Local, demo hospital) ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${stack.apiUrl}`);
    const data = demoHospital();
    if (parts.has('latency')) printLatency(await measureLatency(stack.apiUrl, data, Number(flags.requests), Number(flags.concurrency)));
    if (parts.has('capacity')) printCapacity(await measureCapacity(stack.dynamoEndpoint, reportBodies(data)));
    if (parts.has('open-work')) {
      console.log(`\nOpen work at ${scales.map((n) => n.toLocaleString('en')).join(' and ')} open tickets${scale > DEFAULT_SCALE ? '' : ' (npm run bench -- --only open-work --scale=100000 for 100,000)'}:`);
      printOpenWork(await measureOpenWork({ apiUrl: stack.apiUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, scales, log: console.log }));
    }
    if (parts.has('dashboard')) {
      console.log('\nDashboard at 1,000 and 100,000 tickets (issue 6):');
      printDashboard(await measureDashboard({ apiUrl: stack.apiUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, scales: [1_000, 100_000], log: console.log }));
    }
    if (parts.has('first-screen')) {
      console.log(`\nThe H5 app's first screen (sign-in) in Chromium at ${WEAK_SIGNAL.downKbps} kbps, ${WEAK_SIGNAL.latencyMs} ms round trip, empty cache:`);
      printFirstScreen(await measureFirstScreen({ appUrl: stack.apiUrl, loads: firstScreenLoads, log: console.log }));
    }
  } finally {
    await stopStack();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
