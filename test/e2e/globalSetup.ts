import { startStackProcess, type RunningStack } from '../support/stackProcess';
import { ensureH5Build } from '../../functions/src/local/miniappBuild';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { DynamoCatalogWriter } from '../../functions/src/adapters/dynamo/catalogWriter';
import { demoHospital, LIFTED_REPORT_LIMITS } from '../../functions/src/local/seed';

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
  await liftReportLimits(stack);
}

/**
 * The browser tests share one demo stack, and together they file more than the 10
 * reports in 10 minutes a nurse may: the demo hospital's limits are lifted for them, as for the
 * test hospitals (the limits themselves are tried in test/security/flood.test.ts).
 */
async function liftReportLimits(stack: RunningStack): Promise<void> {
  const doc = createDocumentClient({ endpoint: stack.ready.dynamoEndpoint, region: 'cn-north-1' });
  try {
    await new DynamoCatalogWriter(doc, stack.ready.tableName).putHospital({ ...demoHospital().hospital, limits: LIFTED_REPORT_LIMITS });
  } finally {
    doc.destroy();
  }
}
