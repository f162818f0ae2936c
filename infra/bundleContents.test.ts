import { build } from 'esbuild';
import { join } from 'node:path';
import { functionBuildOptions, repoRoot } from '../bench/esbuildOptions';
import { entryOf, functionNames, type FunctionName } from '../functions/src/lambdas/functions';

/**
 * Each function's bundle holds only the heavy code its routes use: what esbuild puts in it (the
 * files with bytes in its output), built with the deployment's options, against a table written
 * by hand. An area that starts to reach the S3 client or the PDF code fails here with its name.
 */
const HEAVY = {
  'the PDF label sheet (pdf-lib, fontkit, the CJK font)': /node_modules\/(pdf-lib|@pdf-lib\/fontkit|@fontsource\/noto-sans-sc)\//,
  'the Excel workbook (exceljs)': /node_modules\/exceljs\//,
  'the S3 client and presigners': /node_modules\/@aws-sdk\/(client-s3|s3-presigned-post|s3-request-presigner)\//,
  'the WeChat sign-in (code2session)': /functions\/src\/adapters\/wechat\/wechatAuth\.ts$/,
  'WeChat subscribe messages': /functions\/src\/adapters\/wechat\/subscribeMessenger\.ts$/,
  'the WeChat content check': /functions\/src\/adapters\/wechat\/contentChecker\.ts$/,
  'WeChat mini-program codes': /functions\/src\/adapters\/wechat\/miniProgramCodes\.ts$/,
};
type Heavy = keyof typeof HEAVY;

const EXPECTED: Record<FunctionName, Heavy[]> = {
  auth: ['the WeChat sign-in (code2session)'],
  reporting: ['the S3 client and presigners', 'the WeChat content check'],
  ticketCommands: ['the S3 client and presigners'],
  desk: [],
  notifications: [],
  reports: [],
  exports: ['the Excel workbook (exceljs)'],
  admin: [],
  labels: ['the PDF label sheet (pdf-lib, fontkit, the CJK font)', 'WeChat mini-program codes'],
  // a failed checklist item's corrective ticket is a report: its photos copied, its text checked
  planned: ['the S3 client and presigners', 'the WeChat content check'],
  slaScanner: [],
  reconciler: [],
  notifier: ['WeChat subscribe messages'],
  notificationRedrive: ['WeChat subscribe messages'],
  aggregator: [],
  deadLetterRecorder: [],
  plannedWorkGenerator: [],
  // spot checks: the inspection's photos copied and checked, read links signed
  vendors: ['the S3 client and presigners'],
};

describe('what each function bundle holds', () => {
  it.each(functionNames.map((name) => [name]))('%s holds only the heavy code its routes use', async (name) => {
    const result = await build({ ...functionBuildOptions(join(repoRoot, entryOf(name)), join(repoRoot, '.bench', 'contents', `${name}.mjs`)), write: false });
    // The files with code in the output: a module that was read but tree-shaken away counts for nothing.
    const output = Object.values(result.metafile!.outputs)[0]!;
    const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file);
    const held = (Object.keys(HEAVY) as Heavy[]).filter((heavy) => inputs.some((file) => HEAVY[heavy].test(file)));
    expect({ name, held }).toEqual({ name, held: EXPECTED[name] });
  }, 60_000);
});
