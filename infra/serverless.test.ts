import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allRoutes } from '../functions/src/contract/routes';
import { queueConsumers } from '../functions/src/contract/queueConsumers';
import { scheduledJobs } from '../functions/src/contract/scheduledJobs';
import { streamConsumers, streamFilterPattern } from '../functions/src/contract/streamConsumers';
import { packageService, type CfnResource, type CfnTemplate, type PackagedService } from './packaging';

/**
 * The CloudFormation template that `npm run package` builds (osls, offline), checked against the
 * code: every route has its function and vice versa, each function's role allows exactly what
 * its handler does, the table is the one infra/dynamodb.yml defines, bundles keep their budget.
 */

const root = join(__dirname, '..');
/** Functions that serve no HTTP route: the scheduled jobs, stream and queue consumers of the contract. */
const NON_HTTP_FUNCTIONS: readonly string[] = [...scheduledJobs.map((j) => j.name), ...streamConsumers.map((c) => c.name), ...queueConsumers.map((c) => c.name)];
const BUNDLE_BUDGET_BYTES = 300 * 1024;
/** Larger budgets, each with its reason. */
const BUNDLE_BUDGET_EXCEPTIONS: Record<string, { bytes: number; reason: string }> = {
  // pdf-lib (with its embedded standard-font metrics) ~500 KB, fontkit (pdf-lib's font engine, a
  // prebuilt bundle that does not tree-shake) ~940 KB, and the Noto Sans SC Bold WOFF inlined as
  // base64 ~2.1 MB, so Chinese place and device names print; admin-only, rarely called.
  qrLabels: { bytes: 3700 * 1024, reason: 'pdf-lib + fontkit + the CJK font of the label sheet (measured 3,616,288 bytes)' },
  // exceljs (with its zip, XML and date dependencies) is ~1.2 MB minified (measured 1,246,026 bytes);
  // the monthly/quarterly workbooks are asked for a few times a month by managers, so the cold start is acceptable.
  monthlyReport: { bytes: 1400 * 1024, reason: 'exceljs for the .xlsx report' },
  quarterlyReport: { bytes: 1400 * 1024, reason: 'exceljs for the .xlsx report' },
};

const OWN_LOGS = ['logs:CreateLogStream own log group', 'logs:PutLogEvents own log group'];
const SESSION_SECRET = 'ssm:GetParameters /hfr/dev/session-secret';
/** Every signed-in route reads the caller's user item before anything else. */
const READ_USER = 'dynamodb:GetItem table';
/**
 * A ticket command (ticketCommandHandler → runTicketCommand): the caller, the ticket and the
 * hospital's policy (GetItem), then ticket + event + outbox items in one TransactWriteItems.
 */
/** Presigned GET URLs in a ticket view, and HeadObject of an uploaded photo (PhotoBucket, keys h/…). */
const READ_PHOTOS = 's3:GetObject photos under h/';
/** Without ListBucket, S3 answers HeadObject of a missing key with 403 instead of 404. */
const LIST_PHOTO_KEYS = 's3:ListBucket photo bucket (prefix h/)';
const TICKET_COMMAND = [...OWN_LOGS, READ_USER, 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET, READ_PHOTOS];

/**
 * What each function may do, written from the repository calls its handler makes (see
 * functions/src/adapters/dynamo/). Kept apart from infra/functionRoles.js on purpose: a change
 * of a role must be made twice, once here with a reason.
 */
const EXPECTED_GRANTS: Record<string, string[]> = {
  login: [
    ...OWN_LOGS,
    'dynamodb:GetItem table',
    'dynamodb:PutItem table (only in TransactWriteItems)',
    SESSION_SECRET,
    'ssm:GetParameters /hfr/dev/wechat-app-secret',
  ],
  devLogin: [...OWN_LOGS, SESSION_SECRET],
  getMe: [...OWN_LOGS, READ_USER, SESSION_SECRET],
  lookupQr: [
    ...OWN_LOGS,
    READ_USER,
    'dynamodb:BatchGetItem table',
    'dynamodb:Query table',
    'dynamodb:Query index/GSI5',
    'dynamodb:Query index/GSI6',
    SESSION_SECRET,
  ],
  listCategories: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
  listLocations: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
  createTicket: [
    ...OWN_LOGS,
    READ_USER,
    'dynamodb:BatchGetItem table',
    'dynamodb:UpdateItem table',
    // the hospital's users, for auto-dispatch and grab offers (userRepository.listUsers)
    'dynamodb:Query table',
    // each technician's open jobs for auto-dispatch (countOpenByAssignee)
    'dynamodb:Query index/GSI2',
    // duplicate check: open tickets at the place (GSI5) or of the device (GSI6)
    'dynamodb:Query index/GSI5',
    'dynamodb:Query index/GSI6',
    'dynamodb:PutItem table (only in TransactWriteItems)',
    SESSION_SECRET,
    // the content check's access token: the shared token item and its refresh lease, nothing else
    'dynamodb:GetItem table (only WECHAT# items)',
    'dynamodb:PutItem table (only WECHAT# items)',
    'dynamodb:UpdateItem table (only WECHAT# items)',
    'ssm:GetParameters /hfr/dev/wechat-app-secret',
    // each photo key exists (HeadObject); the answer's photo URLs
    READ_PHOTOS,
    LIST_PHOTO_KEYS,
  ],
  // signs a presigned POST for one key: the POST can do what this role can, and no more
  createUpload: [...OWN_LOGS, READ_USER, 's3:PutObject photos under h/', SESSION_SECRET],
  // mine (GSI1), assigned (GSI2), queue / pool / callbacks (GSI3)
  listTickets: [...OWN_LOGS, READ_USER, 'dynamodb:Query index/GSI1', 'dynamodb:Query index/GSI2', 'dynamodb:Query index/GSI3', SESSION_SECRET],
  getTicket: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET, READ_PHOTOS],
  ...Object.fromEntries(
    [
      'assignTicket', // + GetItem of the technician
      'acceptTicket',
      'arriveTicket', // + GetItem of the scanned label
      'holdTicket',
      'resumeTicket',
      'completeTicket',
      'confirmTicket',
      'rateTicket',
      'reopenTicket',
      'cancelTicket',
      'followTicket',
      'mergeTicket', // two tickets, one transaction
      'handBackTicket',
      'requestTransferTicket',
      'grabTicket', // + GetItem of the ticket again after a lost race
      'callbackTicket',
      'complaintTicket',
    ].map((name) => [name, TICKET_COMMAND]),
  ),
  // + HeadObject of each completion photo
  completeTicket: [...TICKET_COMMAND, LIST_PHOTO_KEYS],
  // ticket + hospital (GetItem); users (Query on the table); each technician's open jobs (GSI2 COUNT)
  listCandidates: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', 'dynamodb:Query index/GSI2', SESSION_SECRET],
  // queue and callbacks (GSI3); each open ticket's timeline and the recent handovers (Query on the table)
  getHandover: [...OWN_LOGS, READ_USER, 'dynamodb:Query index/GSI3', 'dynamodb:Query table', SESSION_SECRET],
  // the next dispatcher (GetItem); open tickets (GSI3); the handover record (one conditional PutItem)
  recordHandover: [...OWN_LOGS, READ_USER, 'dynamodb:Query index/GSI3', 'dynamodb:PutItem table', SESSION_SECRET],
  // the asset (GetItem), its history (GSI6)
  assetHistory: [...OWN_LOGS, READ_USER, 'dynamodb:Query index/GSI6', SESSION_SECRET],
  // administration: the user (GetItem) + what each edit reads; writes only inside TransactWriteItems
  createLocation: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  updateLocation: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:Query table', 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  retireLocation: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:Query table', 'dynamodb:PutItem table (only in TransactWriteItems)', 'dynamodb:Query index/GSI5', SESSION_SECRET],
  createAsset: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  updateAsset: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  retireAsset: [...OWN_LOGS, READ_USER, 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  createCategory: [...OWN_LOGS, READ_USER, 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  updateCategory: [...OWN_LOGS, READ_USER, 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  retireCategory: [...OWN_LOGS, READ_USER, 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  createUser: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  updateUser: [...OWN_LOGS, READ_USER, 'dynamodb:BatchGetItem table', 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  retireUser: [...OWN_LOGS, READ_USER, 'dynamodb:PutItem table (only in TransactWriteItems)', SESSION_SECRET],
  exportLocations: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
  exportAssets: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
  importLocations: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', 'dynamodb:BatchWriteItem table', SESSION_SECRET],
  importAssets: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', 'dynamodb:BatchWriteItem table', SESSION_SECRET],
  qrLabels: [
    ...OWN_LOGS,
    READ_USER,
    'dynamodb:Query table',
    SESSION_SECRET,
    // format=wxacode: the mini-program codes' access token, the shared token item and its refresh lease only
    'dynamodb:GetItem table (only WECHAT# items)',
    'dynamodb:PutItem table (only WECHAT# items)',
    'dynamodb:UpdateItem table (only WECHAT# items)',
    'ssm:GetParameters /hfr/dev/wechat-app-secret',
  ],
  // notifications: the caller (GetItem); + quota ADD per accepted template, then the quotas (Query)
  recordSubscriptions: [...OWN_LOGS, READ_USER, 'dynamodb:UpdateItem table', 'dynamodb:Query table', SESSION_SECRET],
  // the inbox page and its unread count (Query on the user's inbox partition)
  listNotifications: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
  // unread ones (Query), marked read (each conditional) with the unread counter in one transaction; the counter (GetItem)
  markNotificationsRead: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', 'dynamodb:UpdateItem table (only in TransactWriteItems)', SESSION_SECRET],
  listDeadLetters: [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
  // the stream consumer: no session; reads its stream, writes failed batches to its DLQ, holds the
  // WeChat secret for stable_token; in-app notification, delivery outcome, token (conditional Put),
  // token lease and 43101's zero quota (Update), quota + delivery record in one transaction
  notifier: [
    ...OWN_LOGS,
    'dynamodb:GetItem table',
    'dynamodb:Query table',
    'dynamodb:PutItem table',
    'dynamodb:UpdateItem table',
    'dynamodb:PutItem table (only in TransactWriteItems)',
    'dynamodb:UpdateItem table (only in TransactWriteItems)',
    'dynamodb:DescribeStream table stream',
    'dynamodb:GetRecords table stream',
    'dynamodb:GetShardIterator table stream',
    'dynamodb:ListStreams table stream',
    'sqs:SendMessage notifier dead-letter queue',
    'ssm:GetParameters /hfr/dev/wechat-app-secret',
  ],
  // dashboards and reports: the hospital (GetItem), categories and the aggregates (Query AP-02, AP-40); read-only
  ...Object.fromEntries(
    ['getDashboard', 'assetReport', 'technicianReport', 'vendorReport', 'departmentReport', 'heatmapReport', 'monthlyReport', 'quarterlyReport'].map((name) => [
      name,
      [...OWN_LOGS, READ_USER, 'dynamodb:Query table', SESSION_SECRET],
    ]),
  ),
  // the aggregates' stream consumer: no session; hospital zone (GetItem), an asset's recent faults (GSI6),
  // marker + ADDs (+ repeat-failure outbox item) only in one transaction
  aggregator: [
    ...OWN_LOGS,
    'dynamodb:GetItem table',
    'dynamodb:Query index/GSI6',
    'dynamodb:PutItem table (only in TransactWriteItems)',
    'dynamodb:UpdateItem table (only in TransactWriteItems)',
    'dynamodb:DescribeStream table stream',
    'dynamodb:GetRecords table stream',
    'dynamodb:GetShardIterator table stream',
    'dynamodb:ListStreams table stream',
    'sqs:SendMessage aggregator dead-letter queue',
  ],
  // cloud only, no session: both dead-letter queues (the SQS event source), the failed batch read
  // back from the stream at its sequence numbers, dead-letter items only (their attributes, no old item returned)
  deadLetterRecorder: [
    ...OWN_LOGS,
    'dynamodb:GetShardIterator table stream',
    'dynamodb:GetRecords table stream',
    'sqs:ReceiveMessage notifier dead-letter queue',
    'sqs:ReceiveMessage aggregator dead-letter queue',
    'sqs:DeleteMessage notifier dead-letter queue',
    'sqs:DeleteMessage aggregator dead-letter queue',
    'sqs:GetQueueAttributes notifier dead-letter queue',
    'sqs:GetQueueAttributes aggregator dead-letter queue',
    'dynamodb:PutItem table (only dead-letter items)',
  ],
  // no HTTP, so no session and no secret: due watches (GSI4), ticket + hospital (GetItem), the escalation's transaction
  slaScanner: [
    ...OWN_LOGS,
    'dynamodb:Query index/GSI4',
    'dynamodb:GetItem table',
    'dynamodb:PutItem table (only in TransactWriteItems)',
  ],
};

/** The day counter (an atomic ADD) and the append-only handover record (a conditional Put). */
const WRITES_OUTSIDE_TRANSACTIONS: Record<string, string[]> = {
  // CSV imports of thousands of rows, written only after the whole file validated
  importLocations: ['dynamodb:BatchWriteItem table'],
  importAssets: ['dynamodb:BatchWriteItem table'],
  // the day counter; the shared WeChat token's lease (content check)
  createTicket: ['dynamodb:PutItem table (only WECHAT# items)', 'dynamodb:UpdateItem table', 'dynamodb:UpdateItem table (only WECHAT# items)'],
  // the shared WeChat token's lease (mini-program codes of the labels)
  qrLabels: ['dynamodb:PutItem table (only WECHAT# items)', 'dynamodb:UpdateItem table (only WECHAT# items)'],
  recordHandover: ['dynamodb:PutItem table'],
  // a one-time subscription quota: an atomic ADD
  recordSubscriptions: ['dynamodb:UpdateItem table'],
  // idempotent conditional writes (see the grants above): the stream retries batches
  notifier: ['dynamodb:PutItem table', 'dynamodb:UpdateItem table'],
  // the dead letters the desk sees, keyed by the failed record (a redelivered message writes the same item)
  deadLetterRecorder: ['dynamodb:PutItem table (only dead-letter items)'],
};
const READ_ONLY_FUNCTIONS = ['getDashboard', 'assetReport', 'technicianReport', 'vendorReport', 'departmentReport', 'heatmapReport', 'monthlyReport', 'quarterlyReport', 'exportLocations', 'exportAssets', 'getMe', 'listCategories', 'listLocations', 'listTickets', 'getTicket', 'lookupQr', 'devLogin', 'listCandidates', 'getHandover', 'assetHistory'];

const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem'];

let packaged: PackagedService;
let resources: Record<string, CfnResource>;

beforeAll(async () => {
  packaged = await packageService('dev');
  resources = packaged.template.Resources;
}, 600_000);

interface LambdaFunction {
  logicalId: string;
  name: string;
  props: Record<string, unknown> & { Environment?: { Variables: Record<string, unknown> } };
}

function lambdaFunctions(template: CfnTemplate): LambdaFunction[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function')
    .map(([logicalId, r]) => ({
      logicalId,
      // FunctionName is <service>-<stage>-<function>
      name: String(r.Properties?.FunctionName).replace(/^hfr-dev-/, ''),
      props: r.Properties as LambdaFunction['props'],
    }));
}

function fn(name: string): LambdaFunction {
  const found = lambdaFunctions(packaged.template).find((f) => f.name === name);
  if (!found) throw new Error(`No function ${name} in the template`);
  return found;
}

/** "METHOD /path" → function name, following Route → Integration → Lambda in the template. */
function httpRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const r of Object.values(resources).filter((x) => x.Type === 'AWS::ApiGatewayV2::Route')) {
    const target = JSON.stringify(r.Properties?.Target);
    const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1];
    const integration = integrationId ? resources[integrationId] : undefined;
    const lambdaId = (integration?.Properties?.IntegrationUri as { 'Fn::GetAtt'?: string[] } | undefined)?.['Fn::GetAtt']?.[0];
    const name = lambdaFunctions(packaged.template).find((f) => f.logicalId === lambdaId)?.name;
    routes.set(String(r.Properties?.RouteKey), name ?? `(unresolved target ${target})`);
  }
  return routes;
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** A role's policy as readable grants: "action resource (condition)". */
function grantsOf(functionName: string): string[] {
  const roleRef = fn(functionName).props.Role as { 'Fn::GetAtt'?: string[] };
  const roleId = roleRef['Fn::GetAtt']?.[0];
  if (!roleId) throw new Error(`${functionName} has no role of its own: ${JSON.stringify(roleRef)}`);
  const role = resources[roleId];
  if (role?.Type !== 'AWS::IAM::Role') throw new Error(`${functionName}'s role ${roleId} is not in the template`);
  if (role.Properties?.ManagedPolicyArns) throw new Error(`${roleId} has managed policies`);
  const ownLogGroup = `${fn(functionName).logicalId.replace(/LambdaFunction$/, '')}LogGroup`;
  const policies = role.Properties?.Policies as { PolicyDocument: { Statement: Statement[] } }[];
  const grants: string[] = [];
  for (const statement of policies.flatMap((p) => p.PolicyDocument.Statement)) {
    const actions = [statement.Action].flat();
    const targets = [statement.Resource].flat().map((r) => describeResource(r, ownLogGroup));
    const condition = describeCondition(statement.Condition);
    const effect = statement.Effect === 'Allow' ? '' : `${statement.Effect} `;
    for (const action of actions) for (const target of targets) grants.push(`${effect}${action} ${target}${condition}`);
  }
  return grants.sort();
}

function describeResource(resource: unknown, ownLogGroup: string): string {
  const json = JSON.stringify(resource);
  if (json === '{"Fn::GetAtt":["MainTable","Arn"]}') return 'table';
  const index = /^\{"Fn::Sub":"\$\{MainTable\.Arn\}\/index\/([A-Za-z0-9_-]+)"\}$/.exec(json);
  if (index) return `index/${index[1]}`;
  const logGroup = /^\{"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]\}$/.exec(json);
  if (logGroup?.[1]?.endsWith('LogGroup')) return logGroup[1] === ownLogGroup ? 'own log group' : `log group ${logGroup[1]}`;
  const parameter = /^\{"Fn::Sub":"arn:\$\{AWS::Partition\}:ssm:\$\{AWS::Region\}:\$\{AWS::AccountId\}:parameter(\/[^"*]+)"\}$/.exec(json);
  if (parameter) return parameter[1]!;
  if (json === '{"Fn::Sub":"${PhotoBucket.Arn}/h/*"}') return 'photos under h/';
  if (json === '{"Fn::GetAtt":["PhotoBucket","Arn"]}') return 'photo bucket';
  if (json === '{"Fn::GetAtt":["MainTable","StreamArn"]}') return 'table stream';
  if (json === '{"Fn::GetAtt":["NotifierDeadLetterQueue","Arn"]}') return 'notifier dead-letter queue';
  if (json === '{"Fn::GetAtt":["AggregatorDeadLetterQueue","Arn"]}') return 'aggregator dead-letter queue';
  return json;
}

function describeCondition(condition: Statement['Condition']): string {
  if (!condition) return '';
  const enclosing = condition['ForAnyValue:StringEquals']?.['dynamodb:EnclosingOperation'];
  if (Object.keys(condition).length === 1 && JSON.stringify(enclosing) === '["TransactWriteItems"]') return ' (only in TransactWriteItems)';
  if (JSON.stringify(condition) === '{"StringLike":{"s3:prefix":["h/*"]}}') return ' (prefix h/)';
  if (JSON.stringify(condition) === '{"ForAllValues:StringLike":{"dynamodb:LeadingKeys":["WECHAT#*"]}}') return ' (only WECHAT# items)';
  const deadLetter = '{"ForAllValues:StringEquals":{"dynamodb:Attributes":["PK","SK","entity","hospitalId","id","at","ticketId","kind","attempts","error"]},"StringEqualsIfExists":{"dynamodb:ReturnValues":["NONE"]}}';
  if (JSON.stringify(condition) === deadLetter) return ' (only dead-letter items)';
  return ` (condition ${JSON.stringify(condition)})`;
}

describe('serverless.yml: functions and routes', () => {
  it('packages offline into a CloudFormation template', () => {
    expect(Object.keys(resources).length).toBeGreaterThan(10);
  });

  it('gives every route of the contract a function with its method and path, and a handler file', () => {
    const routes = httpRoutes();
    const key = (r: (typeof allRoutes)[number]) => `${r.method.toUpperCase()} ${r.path}`;
    // One comparison for all routes, so a failure lists every route that lacks its function.
    expect(allRoutes.map((r) => `${key(r)} → ${routes.get(key(r)) ?? 'no function'}`)).toEqual(allRoutes.map((r) => `${key(r)} → ${r.name}`));
    for (const route of allRoutes) {
      expect(fn(route.name).props.Handler).toBe(`functions/src/handlers/${route.name}.handler`);
      const file = join(root, 'functions/src/handlers', `${route.name}.ts`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/export const handler\b/);
    }
  });

  it('has no function and no HTTP route that the contract does not know', () => {
    const known = new Set<string>([...allRoutes.map((r) => r.name), ...NON_HTTP_FUNCTIONS]);
    expect(lambdaFunctions(packaged.template).map((f) => f.name).filter((n) => !known.has(n))).toEqual([]);
    const contractKeys = new Set(allRoutes.map((r) => `${r.method.toUpperCase()} ${r.path}`));
    expect([...httpRoutes().keys()].filter((k) => !contractKeys.has(k))).toEqual([]);
    expect(httpRoutes().size).toBe(allRoutes.length);
  });

  it('runs every scheduled job of the contract on its EventBridge schedule, ending before the next run', () => {
    const rules = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Events::Rule');
    const permissions = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Permission');
    const scheduleOf = (lambdaId: string) =>
      rules
        .filter(([, r]) => JSON.stringify(r.Properties?.Targets).includes(JSON.stringify({ 'Fn::GetAtt': [lambdaId, 'Arn'] })))
        .map(([ruleId, r]) => ({
          expression: r.Properties?.ScheduleExpression,
          state: r.Properties?.State,
          // EventBridge may invoke the function only from this rule
          invokable: permissions.some(
            (p) =>
              p.Properties?.Principal === 'events.amazonaws.com' &&
              JSON.stringify(p.Properties?.FunctionName).includes(lambdaId) &&
              JSON.stringify(p.Properties?.SourceArn) === JSON.stringify({ 'Fn::GetAtt': [ruleId, 'Arn'] }),
          ),
        }));
    for (const job of scheduledJobs) {
      const f = fn(job.name);
      expect({ job: job.name, schedules: scheduleOf(f.logicalId) }).toEqual({
        job: job.name,
        schedules: [{ expression: job.rate, state: 'ENABLED', invokable: true }],
      });
      expect(f.props.Handler).toBe(`functions/src/handlers/${job.name}.handler`);
      expect(readFileSync(join(root, 'functions/src/handlers', `${job.name}.ts`), 'utf8')).toMatch(/export (async function|const) handler\b/);
      expect(Number(f.props.Timeout) * 1000).toBeLessThan(job.everyMs);
    }
    // Every rule belongs to a scheduled job: no schedule that the contract does not know.
    expect(rules.length).toBe(scheduledJobs.length);
  });

  it('runs every function on Node 22 (arm64) from an ESM bundle', () => {
    for (const f of lambdaFunctions(packaged.template)) {
      expect({ fn: f.name, runtime: f.props.Runtime, arch: f.props.Architectures }).toEqual({ fn: f.name, runtime: 'nodejs22.x', arch: ['arm64'] });
      expect(packaged.zips[f.name]?.map((e) => e.name)).toEqual([`functions/src/handlers/${f.name}.mjs`]);
    }
  });

  it('keeps every bundle within 300 KB minified, without the AWS SDK', () => {
    for (const [name, entries] of Object.entries(packaged.zips)) {
      const size = entries.reduce((sum, e) => sum + e.size, 0);
      const budget = BUNDLE_BUDGET_EXCEPTIONS[name]?.bytes ?? BUNDLE_BUDGET_BYTES;
      expect({ fn: name, withinBudget: size <= budget, size }).toEqual({ fn: name, withinBudget: true, size });
    }
  });
});

describe('serverless.yml: least privilege per function', () => {
  it('gives each function a role of its own', () => {
    const roles = lambdaFunctions(packaged.template).map((f) => JSON.stringify(f.props.Role));
    expect(new Set(roles).size).toBe(roles.length);
    expect(Object.keys(resources)).not.toContain('IamRoleLambdaExecution');
  });

  it.each(Object.keys(EXPECTED_GRANTS))('allows %s exactly what its handler does', (name) => {
    expect(grantsOf(name)).toEqual([...EXPECTED_GRANTS[name]!].sort());
  });

  it('covers every function of the template with an expectation', () => {
    expect(lambdaFunctions(packaged.template).map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED_GRANTS).sort());
  });

  it('lets no function write outside a transaction except the ticket counter update and the handover record', () => {
    for (const name of Object.keys(EXPECTED_GRANTS)) {
      const writes = grantsOf(name).filter((g) => WRITE_ACTIONS.some((a) => g.startsWith(`${a} `)));
      const allowed = WRITES_OUTSIDE_TRANSACTIONS[name] ?? [];
      expect({ fn: name, writes: writes.filter((g) => !g.endsWith('(only in TransactWriteItems)')) }).toEqual({ fn: name, writes: allowed });
    }
  });

  it('denies the reading functions any write: getMe cannot put (so no TransactWriteItems), listCategories cannot write', () => {
    for (const name of READ_ONLY_FUNCTIONS) {
      expect({ fn: name, writes: grantsOf(name).filter((g) => WRITE_ACTIONS.some((a) => g.startsWith(`${a} `))) }).toEqual({ fn: name, writes: [] });
    }
  });

  it('grants no wildcard action or resource and never Scan', () => {
    for (const name of Object.keys(EXPECTED_GRANTS)) {
      for (const grant of grantsOf(name)) {
        expect(grant).not.toMatch(/\*|dynamodb:Scan/);
      }
    }
  });

  it('gives the scheduled jobs no secret: they serve no session', () => {
    for (const job of scheduledJobs) {
      expect({ fn: job.name, ssm: grantsOf(job.name).filter((g) => g.startsWith('ssm:')) }).toEqual({ fn: job.name, ssm: [] });
    }
  });

  it('keeps dev-login away from the table and the WeChat secret away from all but login, the notifier, the content check and the label codes', () => {
    expect(grantsOf('devLogin').filter((g) => g.startsWith('dynamodb:'))).toEqual([]);
    const readers = Object.keys(EXPECTED_GRANTS).filter((n) => grantsOf(n).some((g) => g.includes('wechat-app-secret')));
    // the notifier fetches the shared access token (stable_token needs the secret); so does
    // createTicket, for the content check of the report's text, and qrLabels, for mini-program codes
    expect(readers.sort()).toEqual(['createTicket', 'login', 'notifier', 'qrLabels']);
  });
});

describe('serverless.yml: the notifier', () => {
  it('reads the table stream: outbox inserts only, partial batch responses, bounded retries, failures to the SQS dead-letter queue', () => {
    const mappings = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping');
    const notifierId = fn('notifier').logicalId;
    const mapping = mappings.find((m) => JSON.stringify(m.Properties?.FunctionName).includes(notifierId));
    const consumer = streamConsumers.find((c) => c.name === 'notifier')!;
    expect(mapping?.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': ['MainTable', 'StreamArn'] },
      BatchSize: consumer.batchSize,
      MaximumRetryAttempts: consumer.maximumRetryAttempts,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['NotifierDeadLetterQueue', 'Arn'] } } },
    });
    const filters = (mapping?.Properties?.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map((f) => JSON.parse(f.Pattern) as unknown);
    expect(filters).toEqual([{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['outbox'] } } } }]);
    // The local stream poller evaluates the contract's pattern: the template must say the same.
    expect(filters).toEqual([streamFilterPattern(consumer)]);
    expect(resources.NotifierDeadLetterQueue?.Type).toBe('AWS::SQS::Queue');
    expect(fn('notifier').props.Environment?.Variables.SESSION_SECRET_PARAMETER).toBe('');
  });
});

describe('serverless.yml: the stream filters', () => {
  it.each(streamConsumers.map((c) => [c.name, c] as const))("starts %s only for the records the contract's pattern names, as the local poller does", (name, consumer) => {
    const mapping = Object.values(resources).find((r) => r.Type === 'AWS::Lambda::EventSourceMapping' && JSON.stringify(r.Properties?.FunctionName).includes(fn(name).logicalId));
    const filters = (mapping?.Properties?.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map((f) => JSON.parse(f.Pattern) as unknown);
    expect(filters).toEqual([streamFilterPattern(consumer)]);
  });
});

describe('serverless.yml: the dead-letter recorder', () => {
  it("reads both stream consumers' dead-letter queues, reporting failed messages one by one", () => {
    const recorderId = fn('deadLetterRecorder').logicalId;
    const mappings = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping' && JSON.stringify(r.Properties?.FunctionName).includes(recorderId));
    const consumer = queueConsumers.find((c) => c.name === 'deadLetterRecorder')!;
    expect(mappings.map((m) => m.Properties?.EventSourceArn)).toEqual(expect.arrayContaining(consumer.queues.map((q) => ({ 'Fn::GetAtt': [q, 'Arn'] }))));
    expect(mappings).toHaveLength(consumer.queues.length);
    for (const m of mappings) expect(m.Properties).toMatchObject({ BatchSize: consumer.batchSize, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    expect(readFileSync(join(root, 'functions/src/handlers/deadLetterRecorder.ts'), 'utf8')).toMatch(/export const handler\b/);
  });
});

describe('serverless.yml: photos', () => {
  it('lets only createUpload put photos, and only the functions that answer with a ticket view read them', () => {
    const names = Object.keys(EXPECTED_GRANTS);
    expect(names.filter((n) => grantsOf(n).some((g) => g.startsWith('s3:PutObject')))).toEqual(['createUpload']);
    const readers = names.filter((n) => grantsOf(n).includes(READ_PHOTOS));
    expect(readers).toEqual(expect.arrayContaining(['createTicket', 'getTicket', 'completeTicket', 'assignTicket', 'followTicket', 'mergeTicket', 'grabTicket']));
    expect(readers).not.toEqual(expect.arrayContaining(['createUpload']));
    expect(readers.filter((n) => ['listTickets', 'lookupQr', 'getHandover', 'assetHistory', 'slaScanner'].includes(n))).toEqual([]);
  });

  it('keeps the photo bucket private, TLS only, with CORS for POST, and names it to every function', () => {
    const props = resources.PhotoBucket?.Properties as {
      PublicAccessBlockConfiguration: Record<string, boolean>;
      CorsConfiguration: { CorsRules: { AllowedMethods: string[] }[] };
    };
    expect(resources.PhotoBucket?.Type).toBe('AWS::S3::Bucket');
    expect(Object.values(props.PublicAccessBlockConfiguration)).toEqual([true, true, true, true]);
    expect(props.CorsConfiguration.CorsRules[0]?.AllowedMethods).toContain('POST');
    expect(JSON.stringify(resources.PhotoBucketPolicy?.Properties)).toContain('"aws:SecureTransport":"false"');
    for (const f of lambdaFunctions(packaged.template)) expect(f.props.Environment?.Variables.PHOTO_BUCKET).toEqual({ Ref: 'PhotoBucket' });
  });
});

describe('serverless.yml: configuration and table', () => {
  it('puts no secret value in any function configuration, only SSM parameter names', () => {
    for (const f of lambdaFunctions(packaged.template)) {
      const env = f.props.Environment?.Variables ?? {};
      expect(Object.keys(env)).not.toEqual(expect.arrayContaining(['SESSION_SECRET']));
      expect(env.WECHAT_APP_SECRET).toBeUndefined();
      expect(env).toMatchObject({ TABLE_NAME: 'hfr-dev', STAGE: 'dev' });
      expect(env.LOCAL_STACK).toBeUndefined();
    }
    expect(fn('login').props.Environment?.Variables.WECHAT_APP_SECRET_PARAMETER).toBe('/hfr/dev/wechat-app-secret');
  });

  it('names in each function exactly the SSM parameters its role may read (else its cold start fails)', () => {
    for (const f of lambdaFunctions(packaged.template)) {
      const named = Object.entries(f.props.Environment?.Variables ?? {})
        .filter(([key, value]) => key.endsWith('_PARAMETER') && value !== '')
        .map(([, value]) => `ssm:GetParameters ${String(value)}`);
      expect({ fn: f.name, parameters: named.sort() }).toEqual({ fn: f.name, parameters: grantsOf(f.name).filter((g) => g.startsWith('ssm:')).sort() });
    }
    const sessionRoutes = allRoutes.filter((r) => r.auth === 'session').map((r) => r.name);
    for (const name of sessionRoutes) expect({ fn: name, grants: grantsOf(name) }).toEqual({ fn: name, grants: expect.arrayContaining([SESSION_SECRET]) });
  });

  it('creates the table of infra/dynamodb.yml with all its indexes', () => {
    type Gsi = { IndexName: string; KeySchema: unknown; Projection: unknown };
    const source = parse(readFileSync(join(__dirname, 'dynamodb.yml'), 'utf8')) as {
      Resources: { MainTable: { Properties: { GlobalSecondaryIndexes: Gsi[]; KeySchema: unknown } } };
    };
    const table = resources.MainTable;
    expect(table?.Type).toBe('AWS::DynamoDB::Table');
    const props = table!.Properties as { TableName: string; KeySchema: unknown; GlobalSecondaryIndexes: Gsi[] };
    expect(props.TableName).toBe('hfr-dev');
    expect(props.KeySchema).toEqual(source.Resources.MainTable.Properties.KeySchema);
    expect(props.GlobalSecondaryIndexes).toEqual(source.Resources.MainTable.Properties.GlobalSecondaryIndexes);
    expect(props.GlobalSecondaryIndexes.map((g) => g.IndexName)).toEqual(['GSI1', 'GSI2', 'GSI3', 'GSI4', 'GSI5', 'GSI6']);
  });

  it('answers CORS preflights for the headers the API reads', () => {
    const cors = resources.HttpApi?.Properties?.CorsConfiguration as { AllowHeaders: string[]; ExposeHeaders: string[] };
    expect(cors.AllowHeaders).toEqual(expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']));
    expect(cors.ExposeHeaders).toContain('idempotent-replayed');
  });
});
