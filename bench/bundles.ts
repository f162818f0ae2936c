import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { bundleExtension, functionBuildOptions, repoRoot } from './esbuildOptions';
import { kb, median, ms, printTable } from './table';

const BUDGET_BYTES = 300 * 1024;
const COLD_STARTS = 5;
/** Inside the repository, so that the left-out @aws-sdk/* resolve from node_modules as the runtime's would. */
const outDir = join(repoRoot, '.bench', 'bundles');

export interface BundleFigures {
  name: string;
  bytes: number;
  coldInitMs: number;
  sdkBundledBytes: number;
  sdkBundledColdInitMs: number;
}

/** A fresh Node process imports the bundle: the module-loading part of a Lambda cold start. */
async function coldInit(file: string, runs: number): Promise<number> {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t0));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    times.push(Number(stdout));
  }
  return median(times);
}

export function handlerNames(): string[] {
  return readdirSync(join(repoRoot, 'functions/src/handlers'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => basename(f, '.ts'))
    .sort();
}

/** `names`: only these handlers (the smoke run); `coldStarts`: fresh processes per bundle. */
export async function measureBundles(options: { names?: string[]; coldStarts?: number } = {}): Promise<BundleFigures[]> {
  const coldStarts = options.coldStarts ?? COLD_STARTS;
  mkdirSync(outDir, { recursive: true });
  const ext = bundleExtension();
  const figures: BundleFigures[] = [];
  for (const name of options.names ?? handlerNames()) {
    const entry = join(repoRoot, 'functions/src/handlers', `${name}.ts`);
    const file = join(outDir, `${name}${ext}`);
    const fileWithSdk = join(outDir, `${name}.with-sdk${ext}`);
    await build(functionBuildOptions(entry, file, 'external'));
    await build(functionBuildOptions(entry, fileWithSdk, 'bundled'));
    figures.push({
      name,
      bytes: statSync(file).size,
      coldInitMs: await coldInit(file, coldStarts),
      sdkBundledBytes: statSync(fileWithSdk).size,
      sdkBundledColdInitMs: await coldInit(fileWithSdk, coldStarts),
    });
  }
  return figures;
}

export function printBundles(figures: BundleFigures[]): void {
  printTable(
    `Bundles (infra/esbuild.yml options; cold init = median of ${COLD_STARTS} fresh \`node\` processes importing the bundle)`,
    ['function', 'KB min.', 'budget 300 KB', 'cold init ms', 'KB if SDK bundled', 'cold init ms if SDK bundled'],
    figures.map((f) => [
      f.name,
      kb(f.bytes),
      f.bytes <= BUDGET_BYTES ? 'ok' : 'OVER',
      ms(f.coldInitMs),
      kb(f.sdkBundledBytes),
      ms(f.sdkBundledColdInitMs),
    ]),
    [
      'Deployed: @aws-sdk/* left out (the nodejs22.x runtime provides it); its cold init here loads the SDK from node_modules.',
      'The "SDK bundled" columns are the rejected alternative, for comparison.',
    ],
  );
}
