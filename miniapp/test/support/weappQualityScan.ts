/**
 * Runs WeChat DevTools' code-quality scan (miniprogram-ci `checkCodeQuality`) on a weapp build
 * and writes its results as JSON. A process of its own because the scan leaves a file watcher
 * (chokidar) open that nothing can close: the test runs this and reads the file
 * (not stdout: miniprogram-ci logs there).
 *
 *   tsx miniapp/test/support/weappQualityScan.ts <project dir> <results.json>
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCodeQuality, Project } from 'miniprogram-ci';

async function main(projectPath: string, resultsPath: string): Promise<void> {
  // The scan runs offline and never reads the upload key, but the project wants a file there.
  const privateKeyPath = join(mkdtempSync(join(tmpdir(), 'hfr-mpci-')), 'unused-upload.key');
  writeFileSync(privateKeyPath, 'not a key: checkCodeQuality does not sign anything\n');
  const project = new Project({ appid: 'touristappid', type: 'miniProgram', projectPath, privateKeyPath, ignores: ['node_modules/**/*'] });
  const results = await checkCodeQuality(project);
  writeFileSync(resultsPath, JSON.stringify(results.map(({ name, success, text }) => ({ name, success, text }))));
}

main(process.argv[2] ?? '', process.argv[3] ?? 'quality-scan.json').then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
