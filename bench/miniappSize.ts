import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild } from '../functions/src/local/miniappBuild';

const weapp = join(__dirname, '..', 'miniapp', 'dist', 'weapp');
/** WeChat's limits: 2 MB per package (the product's own budget for the main package is 1.5 MB), 20 MB in all. */
const MAIN_BUDGET_BYTES = 1.5 * 1024 * 1024;
const SUBPACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

export interface PackageSize {
  name: string;
  bytes: number;
  budget: number;
}

/** The weapp build's main package and subpackages, built first when missing or stale. */
export function measureMiniappSizes(): PackageSize[] {
  ensureBuild('weapp', (line) => console.log(line));
  const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
  const total = sizeOf(weapp);
  const subs = roots.map((root) => ({ name: root, bytes: sizeOf(join(weapp, root)), budget: SUBPACKAGE_LIMIT_BYTES }));
  const main = total - subs.reduce((sum, s) => sum + s.bytes, 0);
  return [{ name: 'main package', bytes: main, budget: MAIN_BUDGET_BYTES }, ...subs, { name: 'all', bytes: total, budget: 20 * 1024 * 1024 }];
}

export function printMiniappSizes(sizes: PackageSize[]): void {
  console.log('\nMini-program (weapp build) package sizes:');
  console.table(
    sizes.map((s) => ({
      package: s.name,
      KB: Math.round(s.bytes / 1024),
      'budget KB': Math.round(s.budget / 1024),
      within: s.bytes <= s.budget ? 'yes' : 'NO',
    })),
  );
}
