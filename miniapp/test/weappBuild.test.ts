import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild } from '../../functions/src/local/miniappBuild';
import appConfig from '../src/app.config';

// The weapp build is checked as WeChat loads it: app.json, then each page's four files.
const dist = join(__dirname, '..', 'dist', 'weapp');
const PAGE_FILES = ['.js', '.wxml', '.wxss', '.json'];
/** WeChat's limits: 2 MB per package; ours for the main package is 1.5 MB. */
const MAIN_PACKAGE_MAX_BYTES = 1.5 * 1024 * 1024;
const SUBPACKAGE_MAX_BYTES = 2 * 1024 * 1024;

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
  preloadRule?: Record<string, { packages: string[] }>;
}

function bytes(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0);
}

jest.setTimeout(600_000);

describe('the weapp build', () => {
  let app: AppJson;
  let subPackages: { root: string; pages: string[] }[];

  beforeAll(() => {
    ensureBuild('weapp');
    app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson;
    subPackages = app.subPackages ?? app.subpackages ?? [];
  });

  it('has the app files WeChat starts from', () => {
    for (const file of ['app.js', 'app.json', 'app.wxss', 'project.config.json']) expect(existsSync(join(dist, file))).toBe(true);
  });

  it('lists every page of app.config.ts, and every subpackage with its pages', () => {
    expect(app.pages).toEqual(appConfig.pages);
    const declared = (appConfig.subPackages ?? []).map((p) => ({ root: p.root, pages: p.pages }));
    expect(subPackages.map((p) => ({ root: p.root, pages: p.pages }))).toEqual(declared);
    expect(subPackages.map((p) => p.root).sort()).toEqual(['packages/admin', 'packages/desk', 'packages/manager', 'packages/tech', 'packages/vendor']);
  });

  it('has the four files of every page, main package and subpackages', () => {
    const pages = [...app.pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
    const missing = pages.flatMap((page) => PAGE_FILES.map((ext) => `${page}${ext}`)).filter((file) => !existsSync(join(dist, file)));
    expect(missing).toEqual([]);
  });

  it('keeps the page files well-formed: each .json parses and each .js is not empty', () => {
    const pages = [...app.pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
    for (const page of pages) {
      expect(() => JSON.parse(readFileSync(join(dist, `${page}.json`), 'utf8')) as unknown).not.toThrow();
      expect(statSync(join(dist, `${page}.js`)).size).toBeGreaterThan(0);
    }
  });

  it('has a folder for every subpackage root, and preloads only declared ones', () => {
    for (const p of subPackages) expect(statSync(join(dist, p.root)).isDirectory()).toBe(true);
    const roots = new Set(subPackages.map((p) => p.root));
    for (const rule of Object.values(app.preloadRule ?? {})) for (const root of rule.packages) expect(roots.has(root)).toBe(true);
  });

  it('keeps the main package within 1.5 MB and each subpackage within 2 MB', () => {
    const packageBytes = subPackages.map((p) => ({ root: p.root, size: bytes(join(dist, p.root)) }));
    const main = bytes(dist) - packageBytes.reduce((sum, p) => sum + p.size, 0);
    expect(main).toBeLessThanOrEqual(MAIN_PACKAGE_MAX_BYTES);
    for (const p of packageBytes) expect(p.size).toBeLessThanOrEqual(SUBPACKAGE_MAX_BYTES);
  });
});
