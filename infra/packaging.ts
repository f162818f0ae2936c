import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '..');

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string[];
}
export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
}

export interface PackagedService {
  template: CfnTemplate;
  /** Function name → the files in its zip and their uncompressed sizes in bytes. */
  zips: Record<string, { name: string; size: number }[]>;
  seconds: number;
}

/** The deployment's required URLs (serverless.yml `${param:…}`), as a test deployment gives them. */
export interface DeploymentParams {
  h5Origin?: string;
  labelBaseUrl?: string;
}
export const TEST_DEPLOYMENT: Required<DeploymentParams> = { h5Origin: 'https://repair.test-hospital.cn', labelBaseUrl: 'https://repair.test-hospital.cn/labels' };

/**
 * Runs `osls package` (offline, fake credentials) on a copy of the service in a temporary
 * folder, so that it never races another packaging run (or a developer's `npm run package`)
 * over .serverless/ and .esbuild/ in the working tree.
 */
export async function packageService(stage = 'dev', params: DeploymentParams = TEST_DEPLOYMENT): Promise<PackagedService> {
  const dir = mkdtempSync(join(tmpdir(), 'hfr-package-'));
  try {
    for (const entry of ['serverless.yml', 'package.json', 'tsconfig.json', 'infra', 'functions']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes('node_modules') });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const started = Date.now();
    await promisify(execFile)(join(root, 'node_modules', '.bin', 'osls'), ['package', '--stage', stage, ...Object.entries(params).map(([name, value]) => `--param=${name}=${value}`)], {
      cwd: dir,
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        SLS_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    const seconds = (Date.now() - started) / 1000;
    const out = join(dir, '.serverless');
    const template = JSON.parse(readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8')) as CfnTemplate;
    const zips: PackagedService['zips'] = {};
    for (const file of readdirSync(out).filter((f) => f.endsWith('.zip'))) {
      zips[basename(file, '.zip')] = zipEntries(readFileSync(join(out, file)));
    }
    return { template, zips, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The entries of a zip file from its central directory (names and uncompressed sizes). */
export function zipEntries(zip: Buffer): { name: string; size: number }[] {
  const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  const CENTRAL_FILE_HEADER = 0x02014b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('Not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: { name: string; size: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error('Corrupt zip central directory');
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
