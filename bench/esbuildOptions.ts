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

/**
 * The build serverless-esbuild runs for one function. `sdk: 'bundled'` is the alternative that
 * infra/esbuild.yml rejected, built only to show the difference.
 */
export function functionBuildOptions(entry: string, outfile: string, sdk: 'external' | 'bundled' = 'external'): BuildOptions {
  const { outputFileExtension: _ext, exclude = [], external = [], ...options } = readPluginOptions();
  const left = [...external, ...exclude];
  return {
    ...options,
    entryPoints: [entry],
    outfile,
    external: sdk === 'external' ? left : left.filter((name) => !name.startsWith('@aws-sdk/')),
    metafile: true,
    logLevel: 'silent',
  };
}

/** The extension serverless-esbuild gives the bundles (.mjs for ESM). */
export const bundleExtension = (): string => readPluginOptions().outputFileExtension ?? '.js';
