import { execFile } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { entryOf, functionNames, type FunctionName } from '../functions/src/lambdas/functions';
import { packageService } from '../infra/packaging';
import { bundleExtension, deployedSdk, functionBuildOptions, repoRoot, type SdkChoice } from './esbuildOptions';
import { kb, median, ms, printTable } from './table';

/** The budget of the foundation issue: a fresh Node importing a function's bundle, on this machine. */
export const COLD_INIT_BUDGET_MS = 150;
/** CloudFormation holds 500 resources per stack; half of it is ours, the rest is room for growth. */
export const RESOURCE_BUDGET = 250;
/** Inside the repository, so that a left-out @aws-sdk/* resolves from node_modules as the runtime's would. */
const outDir = join(repoRoot, '.bench', 'bundles');

export interface BundleOptions {
  /** Fresh processes per bundle and SDK choice; the median is reported (5; 1 for a smoke run). */
  coldStarts?: number;
  /** Which functions (default: every Lambda function of functions/src/lambdas/functions.ts). */
  functions?: readonly FunctionName[];
  /** Also package the service (osls, offline, ~20 s) to count its CloudFormation resources. */
  countResources?: boolean;
}

export interface BundleFigures {
  name: string;
  bytes: Record<SdkChoice, number>;
  coldInitMs: Record<SdkChoice, number>;
}

export interface BundlesReport {
  coldStarts: number;
  deployed: SdkChoice;
  figures: BundleFigures[];
  resourceCount: number | null;
}

/**
 * A fresh Node process imports the bundle: the module loading and top-level init of a Lambda
 * cold start (the area router's route map, the installed adapter factories), before any request.
 */
async function coldInit(file: string, times: number): Promise<number> {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t0));`;
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    samples.push(Number(stdout));
  }
  return median(samples);
}

export async function measureBundles(options: BundleOptions = {}): Promise<BundlesReport> {
  const coldStarts = options.coldStarts ?? 5;
  mkdirSync(outDir, { recursive: true });
  const ext = bundleExtension();
  const figures: BundleFigures[] = [];
  for (const name of options.functions ?? functionNames) {
    const entry = join(repoRoot, entryOf(name));
    const files = { external: join(outDir, `${name}${ext}`), bundled: join(outDir, `${name}.with-sdk${ext}`) };
    await build(functionBuildOptions(entry, files.external, 'external'));
    await build(functionBuildOptions(entry, files.bundled, 'bundled'));
    figures.push({
      name,
      bytes: { external: statSync(files.external).size, bundled: statSync(files.bundled).size },
      coldInitMs: { external: await coldInit(files.external, coldStarts), bundled: await coldInit(files.bundled, coldStarts) },
    });
  }
  const resourceCount = options.countResources === false ? null : Object.keys((await packageService('dev')).template.Resources).length;
  return { coldStarts, deployed: deployedSdk(), figures, resourceCount };
}

export function printBundles(report: BundlesReport): void {
  const verdict = (msValue: number) => (msValue <= COLD_INIT_BUDGET_MS ? 'ok' : 'OVER');
  const other: SdkChoice = report.deployed === 'bundled' ? 'external' : 'bundled';
  const label = { bundled: 'SDK bundled', external: 'SDK left to the runtime' };
  printTable(
    `Lambda functions: bundle and cold init (infra/esbuild.yml options; cold init = median of ${report.coldStarts} fresh \`node\` processes importing the bundle)`,
    ['function', `KB, ${label.bundled}`, 'cold init ms', `KB, ${label.external}`, 'cold init ms', `deployed (${label[report.deployed]}) ≤ ${COLD_INIT_BUDGET_MS} ms`],
    report.figures.map((f) => [f.name, kb(f.bytes.bundled), ms(f.coldInitMs.bundled), kb(f.bytes.external), ms(f.coldInitMs.external), verdict(f.coldInitMs[report.deployed])]),
    [
      `Deployed: ${label[report.deployed]} (infra/esbuild.yml says why). "${label.external}" loads @aws-sdk/* from node_modules here, as the runtime loads its own copy.`,
      `The other column (${label[other]}) is the alternative, measured in the same run.`,
    ],
  );
  if (report.resourceCount !== null) {
    console.log(`\nCloudFormation resources of the packaged template: ${report.resourceCount} (budget ${RESOURCE_BUDGET}, a stack holds 500): ${report.resourceCount <= RESOURCE_BUDGET ? 'ok' : 'OVER'}`);
  }
}
