import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { parse } from 'yaml';

/** serverless-esbuild's options in infra/esbuild.yml, as esbuild's own build options. */
interface PluginOptions extends Pick<BuildOptions, 'bundle' | 'minify' | 'treeShaking' | 'platform' | 'target' | 'format' | 'mainFields' | 'sourcemap' | 'loader'> {
  outputFileExtension?: string;
  exclude?: string[];
  external?: string[];
}

export const repoRoot = join(__dirname, '..');

export function readPluginOptions(): PluginOptions {
  return parse(readFileSync(join(repoRoot, 'infra/esbuild.yml'), 'utf8')) as PluginOptions;
}

/** Whether the AWS SDK is in the bundle or left to the Lambda runtime (`exclude: ['@aws-sdk/*']`). */
export type SdkChoice = 'bundled' | 'external';

/** The choice infra/esbuild.yml makes for the deployment. */
export function deployedSdk(): SdkChoice {
  const { exclude = [], external = [] } = readPluginOptions();
  return [...exclude, ...external].some((name) => name.startsWith('@aws-sdk/')) ? 'external' : 'bundled';
}

/**
 * The build serverless-esbuild runs for one function, with the AWS SDK bundled or left out
 * whatever infra/esbuild.yml chose, so the bench can measure both in one run.
 */
export function functionBuildOptions(entry: string, outfile: string, sdk: SdkChoice = deployedSdk()): BuildOptions {
  const { outputFileExtension: _ext, exclude = [], external = [], ...options } = readPluginOptions();
  const left = [...external, ...exclude];
  return {
    ...options,
    entryPoints: [entry],
    outfile,
    external: sdk === 'external' ? [...new Set([...left, '@aws-sdk/*'])] : left.filter((name) => !name.startsWith('@aws-sdk/')),
    metafile: true,
    logLevel: 'silent',
  };
}

/** The extension serverless-esbuild gives the bundles (.mjs for ESM). */
export const bundleExtension = (): string => readPluginOptions().outputFileExtension ?? '.js';
