import { startStackProcess, type RunningStack } from '../support/stackProcess';
import { ensureH5Build } from '../../functions/src/local/miniappBuild';

declare global {
  var __e2eStack: RunningStack | undefined;
}

/**
 * The browser tests need the H5 build and a local stack serving it with the demo hospital.
 * E2E_BASE_URL=http://localhost:3000 uses an already running `npm start` instead of starting one.
 */
export default async function globalSetup(): Promise<void> {
  ensureH5Build((line) => console.log(line));
  if (process.env.E2E_BASE_URL) return;
  const stack = await startStackProcess('e2e');
  globalThis.__e2eStack = stack;
  process.env.E2E_BASE_URL = stack.ready.apiUrl;
}
