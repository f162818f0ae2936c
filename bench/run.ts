/**
 * `npm run bench`: prints figures against the budgets of the foundation issue; never fails on
 * timing. Parts: bundles (sizes, cold init), latency (local HTTP server), capacity (DynamoDB).
 *
 *   npm run bench                         everything
 *   npm run bench -- --only bundles       one part (bundles | miniapp | latency | capacity | cost | open-work | dashboard | first-screen | notify)
 *   npm run bench -- --requests 500 --concurrency 8
 *   npm run bench -- --only open-work --scale=100000
 *                                         the desk queue and SLA scan at 10,000 and then 100,000 open
 *                                         tickets (default: 10,000 only; 100,000 takes minutes longer)
 *   npm run bench -- --only dashboard     a month's dashboard at 1,000 and 100,000 tickets (issue 6)
 *   npm run bench -- --only cost --cost-tickets 5
 *                                         1,000 tickets' lifecycle at on-demand prices, measured on 5
 *   npm run bench -- --only first-screen --first-screen-loads 3
 *                                         the H5 app's first screen in Chromium at 400 kbps, 300 ms
 *   npm run bench -- --only notify        notifications (issue 11): submit → desk inbox, assign →
 *                                         technician inbox and → WeChat over 200 tickets, then
 *                                         WeChat failing: sent, duplicated, lost; exits 1 if any lost
 *   npm run bench -- --only planned       a day's planned work at 10,000 devices, 2,000 plans due, then
 *                                         with 4× as many not due (issue 15): requests, capacity per order
 *   npm run bench -- --smoke              every part at tiny sizes (seconds each): run by `npm test`
 *                                         so the bench cannot rot; its figures mean nothing
 *
 * A new part: a `measureX(options)` / `printX(figures)` pair in its own file, its name in PARTS,
 * its sizes in both `fullSizes` and `smokeSizes` below (the smoke sizes as small as still runs
 * every code path), and a line in main().
 */
import { parseArgs } from 'node:util';
import { startLocalStack, type LocalStack } from '../functions/src/local/localStack';
import { ensureH5Build } from '../functions/src/local/miniappBuild';
import { demoHospital, LIFTED_REPORT_LIMITS } from '../functions/src/local/seed';
import { DynamoCatalogWriter } from '../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { measureBundles, printBundles, type BundleOptions } from './bundles';
import { measureApiAgainstFloor, printApiAgainstFloor } from './apiFloor';
import { measureCapacity, printCapacity } from './capacity';
import { measureCost, printCost } from './cost';
import { startDynamoMeter, type DynamoMeter } from './dynamoMeter';
import { measureDashboard, printDashboard } from './dashboard';
import { measureFirstScreen, printFirstScreen, WEAK_SIGNAL } from './firstScreen';
import { measureLatency, printLatency, reportBodies } from './latency';
import { measureMiniappSizes, printMiniappSizes } from './miniappSize';
import { measureNotify, printNotify, type NotifyOptions } from './notify';
import { measureOpenWork, printOpenWork } from './openWork';
import { measurePlanned, printPlanned } from './planned';

const DEFAULT_SCALE = 10_000;

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// The handlers run in this process: their request logs (one JSON line each) would bury the figures.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

const { values: flags } = parseArgs({
  options: {
    only: { type: 'string' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    scale: { type: 'string', default: String(DEFAULT_SCALE) },
    'cost-tickets': { type: 'string', default: '5' },
    smoke: { type: 'boolean', default: false },
    'first-screen-loads': { type: 'string', default: '3' },
  },
});
const PARTS = ['bundles', 'miniapp', 'latency', 'capacity', 'cost', 'open-work', 'dashboard', 'first-screen', 'notify', 'planned'];
const parts = new Set(flags.only ? flags.only.split(',') : PARTS);
const unknownParts = [...parts].filter((p) => !PARTS.includes(p));
if (unknownParts.length > 0) throw new Error(`Unknown bench part(s): ${unknownParts.join(', ')} (parts: ${PARTS.join(', ')})`);
const scale = Number(flags.scale);
const firstScreenLoads = Number(flags['first-screen-loads']);
if (!Number.isInteger(firstScreenLoads) || firstScreenLoads < 1) throw new Error(`--first-screen-loads must be a whole number ≥ 1, not ${flags['first-screen-loads']}`);
if (!Number.isInteger(scale) || scale < 1000) throw new Error(`--scale must be a whole number of open tickets ≥ 1000, not ${flags.scale}`);

/** How much work each part does: the real figures, or the smoke run's tiny sizes. */
interface Sizes {
  bundles: BundleOptions;
  requests: number;
  concurrency: number;
  capacityRuns: number;
  /** Tickets taken through their whole lifecycle to price 1,000 of them. */
  costTickets: number;
  /** 10,000 first, then the asked scale: the figures at both show what grows with the open work. */
  openWorkScales: number[];
  /** The realistic hospital's open tickets and the watches due per scan; the part's own defaults when absent. */
  openWorkDetail?: { realOpen: number; duePerScan: { 'bench-big': number; 'bench-real': number }; callbacksOwed?: number };
  dashboardScales: number[];
  /** Throttled loads of the H5 first screen; the median is reported. */
  firstScreenLoads: number;
  /** Issue 11's notifications: the latency run's tickets and the fault run's sizes. */
  notify: Pick<NotifyOptions, 'tickets' | 'concurrency' | 'faultTicketsPerTechnician' | 'outageMs'>;
  /** Issue 15's planned work: devices, plans due, and how many times as many not due in the second run. */
  planned: { devices: number; duePlans: number; notDueFactor: number };
}
const fullSizes: Sizes = {
  bundles: {},
  requests: Number(flags.requests),
  concurrency: Number(flags.concurrency),
  capacityRuns: 20,
  costTickets: Number(flags['cost-tickets']),
  openWorkScales: scale > DEFAULT_SCALE ? [DEFAULT_SCALE, scale] : [scale],
  dashboardScales: [1_000, 100_000],
  firstScreenLoads,
  notify: { tickets: 200, concurrency: 4, faultTicketsPerTechnician: 4, outageMs: 20_000 },
  planned: { devices: 10_000, duePlans: 2_000, notDueFactor: 4 },
};
const smokeSizes: Sizes = {
  bundles: { functions: ['auth', 'reporting'], coldStarts: 1, countResources: false },
  requests: 20,
  concurrency: 2,
  capacityRuns: 2,
  costTickets: 1,
  openWorkScales: [60],
  openWorkDetail: { realOpen: 20, duePerScan: { 'bench-big': 5, 'bench-real': 2 }, callbacksOwed: 10 },
  dashboardScales: [50],
  firstScreenLoads: 1,
  // One ticket per fault group still runs every path (outage, late, unanswered, refusing, the redrive).
  notify: { tickets: 5, concurrency: 2, faultTicketsPerTechnician: 1, outageMs: 5_000 },
  planned: { devices: 50, duePlans: 10, notDueFactor: 4 },
};
const sizes = flags.smoke ? smokeSizes : fullSizes;
const count = (n: number) => n.toLocaleString('en');

async function main(): Promise<void> {
  if (flags.smoke) console.log('Bench smoke run: every part at tiny sizes, to prove it still runs; the figures mean nothing.');
  if (parts.has('bundles')) printBundles(await measureBundles(sizes.bundles));
  if (parts.has('miniapp')) printMiniappSizes(measureMiniappSizes());
  if (!['latency', 'capacity', 'cost', 'open-work', 'dashboard', 'first-screen', 'notify', 'planned'].some((part) => parts.has(part))) return;
  if (parts.has('first-screen')) ensureH5Build((line) => console.log(line));

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
    await liftReportLimits(stack);
    // The handlers read DYNAMODB_ENDPOINT when first loaded: from now on their calls pass the meter
    // (only for the parts that read it: the others keep their figures free of the extra hop).
    if (parts.has('latency') || parts.has('cost')) {
      meter = await startDynamoMeter(stack.dynamoEndpoint);
      process.env.DYNAMODB_ENDPOINT = meter.url;
    }
    const data = demoHospital();
    if (parts.has('latency') && meter) {
      printLatency(await measureLatency(stack.apiUrl, data, sizes.requests, sizes.concurrency));
      // The floor goes through the meter too, so both sides pay the same extra hop.
      const floor = { apiUrl: stack.apiUrl, meter, dynamoEndpoint: meter.url, data, total: sizes.requests, concurrency: sizes.concurrency };
      printApiAgainstFloor(await measureApiAgainstFloor(floor));
    }
    if (parts.has('cost') && meter) printCost(await measureCost({ apiUrl: stack.apiUrl, meter, data, tickets: sizes.costTickets }), sizes.costTickets);
    if (parts.has('capacity')) printCapacity(await measureCapacity(stack.dynamoEndpoint, reportBodies(data), sizes.capacityRuns));
    if (parts.has('open-work')) {
      const scales = sizes.openWorkScales;
      console.log(`\nOpen work at ${scales.map(count).join(' and ')} open tickets${scales.length > 1 || flags.smoke ? '' : ' (npm run bench -- --only open-work --scale=100000 for 100,000)'}:`);
      printOpenWork(await measureOpenWork({ apiUrl: stack.apiUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, scales, log: console.log, ...sizes.openWorkDetail }));
    }
    if (parts.has('dashboard')) {
      console.log(`\nDashboard at ${sizes.dashboardScales.map(count).join(' and ')} tickets (issue 6):`);
      printDashboard(await measureDashboard({ apiUrl: stack.apiUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, scales: sizes.dashboardScales, log: console.log }));
    }
    if (parts.has('first-screen')) {
      console.log(`\nThe H5 app's first screen (sign-in) in Chromium at ${WEAK_SIGNAL.downKbps} kbps, ${WEAK_SIGNAL.latencyMs} ms round trip, empty cache:`);
      printFirstScreen(await measureFirstScreen({ appUrl: stack.apiUrl, loads: sizes.firstScreenLoads, log: console.log }));
    }
    if (parts.has('planned')) {
      console.log(`\nPlanned work (issue 15): ${count(sizes.planned.devices)} devices, ${count(sizes.planned.duePlans)} plans due:`);
      printPlanned(await measurePlanned({ dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, log: console.log, ...sizes.planned }));
    }
    // Last: its fault run moves the stack's clock forward (the redrive's backoff) for good.
    if (parts.has('notify')) {
      console.log('\nNotifications (issue 11):');
      const figures = await measureNotify({ apiUrl: stack.apiUrl, wechatUrl: stack.wechatUrl, dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, data, log: console.log, ...sizes.notify });
      // A lost message is a broken product, not a slow one: the only way this part fails the run.
      // Not in the smoke: there the part shares its stack with the earlier parts' thousands of reports
      // (each one a desk notification), so a 60 s wait can run out behind that backlog; the smoke only
      // proves the code runs. `--only notify` measures on a stack of its own and fails on a loss.
      if (!printNotify(figures) && !flags.smoke) throw new Error('bench notify: notifications lost or uncounted duplicates (see FAILURE above)');
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

/** The bench files thousands of reports as one nurse: the demo hospital's report limits are lifted (the limited path is still measured). */
async function liftReportLimits(stack: LocalStack): Promise<void> {
  const doc = createDocumentClient({ endpoint: stack.dynamoEndpoint, region: 'cn-north-1' });
  try {
    await new DynamoCatalogWriter(doc, stack.tableName).putHospital({ ...demoHospital().hospital, limits: LIFTED_REPORT_LIMITS });
  } finally {
    doc.destroy();
  }
}
