/**
 * `npm run bench`: prints figures against the budgets of the foundation issue; never fails on
 * timing. Parts: bundles (sizes, cold init), latency (local HTTP server), capacity (DynamoDB).
 *
 *   npm run bench                         everything
 *   npm run bench -- --only bundles       one part (bundles | miniapp | latency | capacity | open-work | dashboard)
 *   npm run bench -- --requests 500 --concurrency 8
 *   npm run bench -- --only open-work --scale=100000
 *                                         the desk queue and SLA scan at 10,000 and then 100,000 open
 *                                         tickets (default: 10,000 only; 100,000 takes minutes longer)
 *   npm run bench -- --only dashboard     a month's dashboard at 1,000 and 100,000 tickets (issue 6)
 *   npm run bench -- --only cost --cost-tickets 5
 *                                         1,000 tickets' lifecycle at on-demand prices, measured on 5
 */
import { parseArgs } from 'node:util';
import { startLocalStack, type LocalStack } from '../functions/src/local/localStack';
import { demoHospital } from '../functions/src/local/seed';
import { measureBundles, printBundles } from './bundles';
import { measureApiAgainstFloor, printApiAgainstFloor } from './apiFloor';
import { measureCapacity, printCapacity } from './capacity';
import { measureCost, printCost } from './cost';
import { startDynamoMeter, type DynamoMeter } from './dynamoMeter';
import { measureDashboard, printDashboard } from './dashboard';
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
    'cost-tickets': { type: 'string', default: '5' },
  },
});
const parts = new Set(flags.only ? flags.only.split(',') : ['bundles', 'miniapp', 'latency', 'capacity', 'cost', 'open-work', 'dashboard']);
const costTickets = Number(flags['cost-tickets']);
const scale = Number(flags.scale);
if (!Number.isInteger(scale) || scale < 1000) throw new Error(`--scale must be a whole number of open tickets ≥ 1000, not ${flags.scale}`);
/** 10,000 first, then the asked scale: the figures at both show what grows with the open work. */
const scales = scale > DEFAULT_SCALE ? [DEFAULT_SCALE, scale] : [scale];

async function main(): Promise<void> {
  if (parts.has('bundles')) printBundles(await measureBundles());
  if (parts.has('miniapp')) printMiniappSizes(measureMiniappSizes());
  if (!['latency', 'capacity', 'cost', 'open-work', 'dashboard'].some((p) => parts.has(p))) return;

  let stack: LocalStack | undefined;
  let meter: DynamoMeter | undefined;
  const stopStack = async () => {
    await stack?.stop();
    await meter?.stop();
  };
  process.once('SIGINT', () => void Promise.resolve(stopStack()).finally(() => process.exit(130)));
  try {
    const started = performance.now();
    // No timers: the SLA scanner must run only when the open-work part runs it, with its own clock.
    stack = await startLocalStack({ inMemory: true, seedDemo: true, runSchedules: false });
    console.log(`\nLocal stack (in-memory DynamoDB Local, demo hospital) ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${stack.apiUrl}`);
    // The handlers read DYNAMODB_ENDPOINT when first loaded: from now on their calls pass the meter
    // (only for the parts that read it: the others keep their figures free of the extra hop).
    if (parts.has('latency') || parts.has('cost')) {
      meter = await startDynamoMeter(stack.dynamoEndpoint);
      process.env.DYNAMODB_ENDPOINT = meter.url;
    }
    const data = demoHospital();
    if (parts.has('latency') && meter) {
      printLatency(await measureLatency(stack.apiUrl, data, Number(flags.requests), Number(flags.concurrency)));
      // The floor goes through the meter too, so both sides pay the same extra hop.
      const floor = { apiUrl: stack.apiUrl, meter, dynamoEndpoint: meter.url, data, total: Number(flags.requests), concurrency: Number(flags.concurrency) };
      printApiAgainstFloor(await measureApiAgainstFloor(floor));
    }
    if (parts.has('cost') && meter) printCost(await measureCost({ apiUrl: stack.apiUrl, meter, data, tickets: costTickets }), costTickets);
    if (parts.has('capacity')) printCapacity(await measureCapacity(stack.dynamoEndpoint, reportBodies(data)));
    if (parts.has('open-work')) {
      console.log(`\nOpen work at ${scales.map((n) => n.toLocaleString('en')).join(' and ')} open tickets${scale > DEFAULT_SCALE ? '' : ' (npm run bench -- --only open-work --scale=100000 for 100,000)'}:`);
      printOpenWork(await measureOpenWork({ apiUrl: stack.apiUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, scales, log: console.log }));
    }
    if (parts.has('dashboard')) {
      console.log('\nDashboard at 1,000 and 100,000 tickets (issue 6):');
      printDashboard(await measureDashboard({ apiUrl: stack.apiUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, scales: [1_000, 100_000], log: console.log }));
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
