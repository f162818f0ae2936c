import { context as esbuildContext, type BuildContext, type BuildOptions } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { scheduledJobs } from '../../contract/scheduledJobs';
import { streamConsumers } from '../../contract/streamConsumers';
import { allRoutes } from '../../contract/routes';
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
 * handler runs locally as the same kind of ESM bundle it is in Lambda. Two local differences:
 * no minifying and a source map, for readable stack traces.
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
    minify: false,
    sourcemap: 'linked',
  };
}

/**
 * Bundles every route's handler (functions/src/handlers/<route name>.ts) with esbuild. Running
 * the bundles, not the TypeScript sources, matters: the handlers use ESM-only packages
 * (middy) that a CommonJS loader such as tsx's cannot resolve, exactly as Lambda would not.
 */
export async function bundleHandlers(options: HandlerBundlesOptions): Promise<HandlerBundles> {
  const base = deployedBuildOptions();
  const extension = (base.outExtension as Record<string, string>)['.js'] ?? '.mjs';
  // Every Lambda of the product: one per route, plus the scheduled jobs and the stream consumers.
  const functions: { name: string }[] = [...allRoutes, ...scheduledJobs, ...streamConsumers];
  const present = functions.filter((route) => existsSync(join(repoRoot, 'functions', 'src', 'handlers', `${route.name}.ts`)));
  const missing = functions.filter((route) => !present.includes(route));
  if (missing.length > 0) options.log(`no handler file yet for: ${missing.map((r) => r.name).join(', ')} (those routes answer 500)`);
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  // Node's source-map support maps the bundles' stack traces back to the .ts files.
  process.setSourceMapsEnabled(true);

  let version = 0;
  let lastError: string | null = null;
  const ctx: BuildContext = await esbuildContext({
    ...base,
    entryPoints: Object.fromEntries(present.map((route) => [route.name, join(repoRoot, 'functions', 'src', 'handlers', `${route.name}.ts`)])),
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

  const loadHandler: HandlerLoader = async (routeName) => {
    if (!present.some((route) => route.name === routeName)) throw new Error(`functions/src/handlers/${routeName}.ts does not exist`);
    // A new URL per build: ESM caches modules by URL, and a rebuilt handler must cold-start again.
    const url = `${pathToFileURL(join(options.outDir, `${routeName}${extension}`)).href}?build=${version}`;
    const module = (await import(url)) as { handler?: unknown };
    if (typeof module.handler !== 'function') throw new Error(`functions/src/handlers/${routeName}.ts does not export a handler function`);
    return module.handler as RouteHandler;
  };

  return {
    loadHandler,
    async stop() {
      await ctx.dispose();
      rmSync(options.outDir, { recursive: true, force: true });
    },
  };
}
