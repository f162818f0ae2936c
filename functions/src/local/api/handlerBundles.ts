import { context as esbuildContext, type BuildContext, type BuildOptions } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { entryOf, localFunctionNames } from '../../lambdas/functions';
import type { HandlerLoader, RouteHandler } from './handlers';

export interface HandlerBundlesOptions {
  /** A folder inside the repo, so the bundles find the externalised AWS SDK in node_modules. */
  outDir: string;
  /** Rebuild when a source file changes; the next request then runs the new code. */
  watch: boolean;
  log: (line: string) => void;
}

export interface HandlerBundles {
  loadHandler: HandlerLoader;
  stop(): Promise<void>;
}

const repoRoot = join(__dirname, '..', '..', '..', '..');

/**
 * The esbuild options the deployment uses (infra/esbuild.yml, read by serverless-esbuild), so a
 * function runs locally as the same ESM bundle it is in Lambda, minified and with the AWS SDK
 * inside as deployed (an unminified bundle with the SDK takes several times longer to load under
 * tsx's loader, which `npm start` and the tests run in). One local difference: a source map, so
 * stack traces name the .ts files.
 */
function deployedBuildOptions(): BuildOptions {
  const yml = parse(readFileSync(join(repoRoot, 'infra', 'esbuild.yml'), 'utf8')) as Record<string, unknown>;
  return {
    bundle: yml.bundle !== false,
    platform: (yml.platform as BuildOptions['platform']) ?? 'node',
    target: (yml.target as string | undefined) ?? 'node20',
    format: (yml.format as BuildOptions['format']) ?? 'esm',
    mainFields: (yml.mainFields as string[] | undefined) ?? ['module', 'main'],
    treeShaking: yml.treeShaking !== false,
    external: [...((yml.exclude as string[] | undefined) ?? []), ...((yml.external as string[] | undefined) ?? [])],
    outExtension: { '.js': (yml.outputFileExtension as string | undefined) ?? '.mjs' },
    ...(yml.banner ? { banner: yml.banner as Record<string, string> } : {}),
    ...(yml.loader ? { loader: yml.loader as BuildOptions['loader'] } : {}),
    minify: yml.minify !== false,
    sourcemap: 'linked',
  };
}

/**
 * Bundles every Lambda function's entry (functions/src/lambdas/<function>.ts: one per area of the
 * API, one per scheduled job and stream consumer) with esbuild, as the deployment does. Running
 * the bundles, not the TypeScript sources, matters: the handlers use ESM-only packages (middy)
 * that a CommonJS loader such as tsx's cannot resolve, exactly as Lambda would not; and each area
 * runs with only the adapters its entry installs, as in the cloud.
 */
export async function bundleHandlers(options: HandlerBundlesOptions): Promise<HandlerBundles> {
  const base = deployedBuildOptions();
  const extension = (base.outExtension as Record<string, string>)['.js'] ?? '.mjs';
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  // Node's source-map support maps the bundles' stack traces back to the .ts files.
  process.setSourceMapsEnabled(true);

  let version = 0;
  let lastError: string | null = null;
  const ctx: BuildContext = await esbuildContext({
    ...base,
    entryPoints: Object.fromEntries(localFunctionNames.map((name) => [name, join(repoRoot, entryOf(name))])),
    outdir: options.outDir,
    logLevel: 'silent',
    plugins: [
      {
        name: 'report-builds',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length > 0) {
              lastError = result.errors.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n');
              options.log(`handler build failed; the previous build keeps running:\n${lastError}`);
              return;
            }
            lastError = null;
            version += 1;
            if (version > 1) options.log('handlers rebuilt');
          });
        },
      },
    ],
  });
  await ctx.rebuild().catch(() => undefined);
  if (version === 0) {
    await ctx.dispose();
    throw new Error(`Could not bundle the handlers:\n${lastError ?? 'unknown esbuild error'}`);
  }
  if (options.watch) await ctx.watch();

  const loadHandler: HandlerLoader = async (functionName) => {
    if (!localFunctionNames.includes(functionName as never)) throw new Error(`No function ${functionName} in the local stack (functions/src/lambdas/functions.ts)`);
    // A new URL per build: ESM caches modules by URL, and a rebuilt function must cold-start again.
    const url = `${pathToFileURL(join(options.outDir, `${functionName}${extension}`)).href}?build=${version}`;
    const module = (await import(url)) as { handler?: unknown };
    if (typeof module.handler !== 'function') throw new Error(`${entryOf(functionName as never)} does not export a handler function`);
    return module.handler as RouteHandler;
  };

  // Every function cold-starts now, once, rather than inside the first request that reaches it:
  // with the AWS SDK in each bundle (as deployed) a first import takes a second or more on a busy
  // machine, which a test's first request should not pay. A rebuild (watch) cold-starts again.
  const warmStarted = Date.now();
  for (const name of localFunctionNames) await loadHandler(name);
  options.log(`${localFunctionNames.length} function bundles loaded in ${Date.now() - warmStarted} ms`);

  return {
    loadHandler,
    async stop() {
      await ctx.dispose();
      rmSync(options.outDir, { recursive: true, force: true });
    },
  };
}
