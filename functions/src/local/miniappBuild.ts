/**
 * Builds the mini-program when its build is missing or older than its sources: for `npm start`
 * (the local stack serves the H5 build), the browser tests and the weapp build check.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..', '..');
const miniapp = join(repoRoot, 'miniapp');

/** The file each build writes last-ish and always: its mtime dates the build. */
const builtMarker = { h5: join(miniapp, 'dist', 'h5', 'index.html'), weapp: join(miniapp, 'dist', 'weapp', 'app.json') } as const;
export type BuildType = keyof typeof builtMarker;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The newest change to what the mini-program is built from (its sources, config, and the API contract). */
function sourcesMtime(): number {
  return Math.max(
    newestMtime(join(miniapp, 'src')),
    newestMtime(join(miniapp, 'config')),
    newestMtime(join(repoRoot, 'functions', 'src', 'contract')),
    statSync(join(miniapp, 'babel.config.js')).mtimeMs,
  );
}

export function isStale(type: BuildType): boolean {
  const marker = builtMarker[type];
  return !existsSync(marker) || statSync(marker).mtimeMs < sourcesMtime();
}

/** Runs `npm run build:<type>` when miniapp/dist/<type> is missing or older than the sources it is built from. */
export function ensureBuild(type: BuildType, log: (line: string) => void = () => undefined): void {
  if (!isStale(type)) return;
  log(`building the ${type} app (npm run build:${type})…`);
  // jest sets NODE_ENV=test, which would make Taro emit a development build (React Refresh hooks).
  execSync(`npm run build:${type}`, { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

export function ensureH5Build(log: (line: string) => void = () => undefined): void {
  ensureBuild('h5', log);
}
