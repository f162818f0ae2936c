import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { areaNames } from '../functions/src/contract/areas';
import type { RouteDef } from '../functions/src/contract/route';
import { allRoutes } from '../functions/src/contract/routes';
import { queueConsumers } from '../functions/src/contract/queueConsumers';
import { scheduledJobs } from '../functions/src/contract/scheduledJobs';
import { streamConsumers, streamFilterPattern } from '../functions/src/contract/streamConsumers';
import { functionNames } from '../functions/src/lambdas/functions';
import { packageService, type CfnResource, type CfnTemplate, type PackagedService } from './packaging';

/**
 * The CloudFormation template that `npm run package` builds (osls, offline), checked two ways:
 * against a reviewed snapshot (__snapshots__/serverless.test.ts.snap: each function with its
 * routes, settings and role, and the resource count) — a change to a route, an area or a grant
 * shows there as a diff to read and accept with `npx jest infra/serverless.test.ts -u` — and
 * against rules that hold whatever the snapshot says: every route has exactly one HTTP route to
 * its area's function, nothing else is routed, roles stay narrow, the stack far below 500.
 */

const root = join(__dirname, '..');
/**
 * CloudFormation's limit is 500 resources per stack. Issue 16 (the last of the planned features)
 * took the stack to 251: an area costs about 6 resources and each route one. 260 still leaves
 * 240 for growth; past it, areas move to greedy routes or a second stack.
 */
const RESOURCE_BUDGET = 260;
const routes = allRoutes as readonly RouteDef[];
const routeKey = (r: RouteDef) => `${r.method.toUpperCase()} ${r.path}`;
/** Presigned GET URLs in a ticket view, and HeadObject of an uploaded photo (PhotoBucket, keys h/…). */
const READ_PHOTOS = 's3:GetObject photos under h/';
const SESSION_SECRET = 'ssm:GetParameters /hfr/dev/session-secret';
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem'];

/** Writes allowed outside a transaction, each with its reason; every other write is a TransactWriteItems. */
const WRITES_OUTSIDE_TRANSACTIONS: Record<string, string[]> = {
  // the shared WeChat token's lease (getuserphonenumber of a staff member linking by phone); desk PC
  // sign-in requests, each state change a conditional write (AP-60)
  auth: [
    'dynamodb:PutItem table (only PCLOGIN# items)',
    'dynamodb:PutItem table (only WECHAT# items)',
    'dynamodb:UpdateItem table (only PCLOGIN# items)',
    'dynamodb:UpdateItem table (only WECHAT# items)',
  ],
  // the day counter (an atomic ADD); the shared WeChat token's lease (content check)
  // PutItem: a guest's label scan (AP-70), remembered by the QR lookup
  reporting: ['dynamodb:PutItem table', 'dynamodb:PutItem table (only WECHAT# items)', 'dynamodb:UpdateItem table', 'dynamodb:UpdateItem table (only WECHAT# items)'],
  // the append-only handover record and the incident settings (conditional Puts); the incidents' day counter (an atomic ADD)
  desk: ['dynamodb:PutItem table', 'dynamodb:UpdateItem table'],
  // a spot check's pass: the check alone, conditional on it still pending (AP-344)
  vendors: ['dynamodb:PutItem table'],
  // a one-time subscription quota (an atomic ADD); readAt, conditional on the notification being unread;
  // a dead letter put back in the redrive's queue by the desk's resend (issue 11)
  notifications: ['dynamodb:PutItem table (only dead-letter items)', 'dynamodb:UpdateItem table'],
  // CSV imports of thousands of rows, written only after the whole file validated; the reconcile
  // run by hand: lost versions' markers (BatchWriteItem), each correction a conditional ADD, the
  // run, a lost ticket's sheet line and open fault (PutItem) — items the admin already writes in transactions
  admin: ['dynamodb:BatchWriteItem table', 'dynamodb:PutItem table', 'dynamodb:UpdateItem table'],
  // the nightly reconcile: the same writes as the admin's run by hand
  reconciler: ['dynamodb:BatchWriteItem table', 'dynamodb:PutItem table', 'dynamodb:UpdateItem table'],
  // the shared WeChat token's lease (mini-program codes of the labels)
  labels: ['dynamodb:PutItem table (only WECHAT# items)', 'dynamodb:UpdateItem table (only WECHAT# items)'],
  // idempotent conditional writes: the stream retries batches
  notifier: ['dynamodb:PutItem table', 'dynamodb:UpdateItem table'],
  // the notifier's writes, made again for a set-aside message, and the letter's new state (issue 11)
  notificationRedrive: ['dynamodb:PutItem table', 'dynamodb:UpdateItem table'],
  // a work order's number of the day (an atomic ADD, AP-207): the meter reading's orders (issue 15);
  // a failed checklist item's corrective ticket is a report: the ticket day counter (ADD) and the
  // shared WeChat token's lease (content check)
  planned: ['dynamodb:PutItem table (only WECHAT# items)', 'dynamodb:UpdateItem table', 'dynamodb:UpdateItem table (only WECHAT# items)'],
  // the generator's order numbers (an atomic ADD, AP-207) (issue 15)
  plannedWorkGenerator: ['dynamodb:UpdateItem table'],
  // the dead letters the desk sees, keyed by the failed record (a redelivered message writes the same item)
  deadLetterRecorder: ['dynamodb:PutItem table (only dead-letter items)'],
};
/** They read the aggregates and nothing else. */
const READ_ONLY_FUNCTIONS = ['reports', 'exports'];

let packaged: PackagedService;
let resources: Record<string, CfnResource>;

beforeAll(async () => {
  packaged = await packageService('dev');
  resources = packaged.template.Resources;
}, 300_000);

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
  if (JSON.stringify(condition) === '{"ForAllValues:StringLike":{"dynamodb:LeadingKeys":["PCLOGIN#*"]}}') return ' (only PCLOGIN# items)';
  const deadLetter = '{"ForAllValues:StringEquals":{"dynamodb:Attributes":["PK","SK","entity","hospitalId","id","at","ticketId","kind","attempts","error","outboxId","userId","state","nextAttemptAt","lastFailure","resends","GSI4PK","GSI4SK"]},"StringEqualsIfExists":{"dynamodb:ReturnValues":["NONE"]}}';
  if (JSON.stringify(condition) === deadLetter) return ' (only dead-letter items)';
  return ` (condition ${JSON.stringify(condition)})`;
}

describe('serverless.yml: the notifier', () => {
  it('reads the table stream: outbox inserts (and grouped alerts rewritten), partial batch responses, bounded retries, failures to the SQS dead-letter queue', () => {
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
    expect(filters).toEqual([{ eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: [consumer.entity] } } } }]);
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
  });
});

describe('serverless.yml: the reviewed snapshot', () => {
  it('packages into the functions, routes, roles and resources of the snapshot, within the resource budget', () => {
    const count = Object.keys(resources).length;
    console.log(`CloudFormation resources: ${count} of ${RESOURCE_BUDGET} budgeted (a stack holds 500)`);
    expect(count).toBeLessThanOrEqual(RESOURCE_BUDGET);
    const routed = httpRoutes();
    const summary = {
      resourceCount: count,
      httpApiStageRouteSettings: resources.HttpApiStage?.Properties?.DefaultRouteSettings,
      resourcesByType: Object.fromEntries(
        Object.entries(Object.values(resources).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.Type]: (acc[r.Type] ?? 0) + 1 }), {})).sort(([a], [b]) => a.localeCompare(b)),
      ),
      functions: Object.fromEntries(
        lambdaFunctions(packaged.template).map((f) => [
          f.name,
          {
            handler: f.props.Handler,
            timeout: f.props.Timeout,
            memorySize: f.props.MemorySize,
            environment: f.props.Environment?.Variables,
            routes: [...routed].filter(([, name]) => name === f.name).map(([key]) => key).sort(),
            grants: grantsOf(f.name),
          },
        ]),
      ),
    };
    expect(summary).toMatchSnapshot();
  });
});

describe('serverless.yml: functions and routes', () => {
  it('has one function per area of the contract and per event consumer, each from its entry in functions/src/lambdas/', () => {
    expect(lambdaFunctions(packaged.template).map((f) => f.name).sort()).toEqual([...functionNames].sort());
    for (const name of functionNames) {
      expect(fn(name).props.Handler).toBe(`functions/src/lambdas/${name}.handler`);
      const file = join(root, 'functions/src/lambdas', `${name}.ts`);
      expect({ name, entry: existsSync(file) && /export (const handler\b|\{ handler \})/.test(readFileSync(file, 'utf8')) }).toEqual({ name, entry: true });
    }
  });

  it('gives every route of the contract exactly one HTTP route, to the function of its area', () => {
    const routeResources = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    const keys = routeResources.map((r) => String(r.Properties?.RouteKey));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const routed = httpRoutes();
    // One comparison for all routes, so a failure lists every route that lacks its function.
    expect(routes.map((r) => `${routeKey(r)} → ${routed.get(routeKey(r)) ?? 'no function'}`)).toEqual(routes.map((r) => `${routeKey(r)} → ${r.area}`));
    expect(routeResources).toHaveLength(routes.length);
  });

  it('routes nothing that the contract does not know, and no route to an event consumer', () => {
    const contractKeys = new Set(routes.map(routeKey));
    expect([...httpRoutes().keys()].filter((k) => !contractKeys.has(k))).toEqual([]);
    expect(new Set(httpRoutes().values())).toEqual(new Set(areaNames));
    expect(areaNames.filter((area) => !routes.some((r) => r.area === area))).toEqual([]);
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
      expect(Number(f.props.Timeout) * 1000).toBeLessThan(job.everyMs);
    }
    // Every rule belongs to a scheduled job: no schedule that the contract does not know.
    expect(rules.length).toBe(scheduledJobs.length);
  });

  it('runs every function on Node 22 (arm64) from one ESM bundle', () => {
    for (const f of lambdaFunctions(packaged.template)) {
      expect({ fn: f.name, runtime: f.props.Runtime, arch: f.props.Architectures }).toEqual({ fn: f.name, runtime: 'nodejs22.x', arch: ['arm64'] });
      expect(packaged.zips[f.name]?.map((e) => e.name)).toEqual([`functions/src/lambdas/${f.name}.mjs`]);
    }
  });
});

describe('serverless.yml: least privilege per function', () => {
  it('gives each function a role of its own', () => {
    const roles = lambdaFunctions(packaged.template).map((f) => JSON.stringify(f.props.Role));
    expect(new Set(roles).size).toBe(roles.length);
    expect(Object.keys(resources)).not.toContain('IamRoleLambdaExecution');
  });

  it('lets no function write outside a transaction except the counters, the handover record, imports, the token lease and the consumers', () => {
    for (const name of functionNames) {
      const writes = grantsOf(name).filter((g) => WRITE_ACTIONS.some((a) => g.startsWith(`${a} `)));
      expect({ fn: name, writes: writes.filter((g) => !g.endsWith('(only in TransactWriteItems)')) }).toEqual({ fn: name, writes: WRITES_OUTSIDE_TRANSACTIONS[name] ?? [] });
    }
  });

  it('denies the report functions any write', () => {
    for (const name of READ_ONLY_FUNCTIONS) {
      expect({ fn: name, writes: grantsOf(name).filter((g) => WRITE_ACTIONS.some((a) => g.startsWith(`${a} `))) }).toEqual({ fn: name, writes: [] });
    }
  });

  it('grants no wildcard action or resource and never Scan', () => {
    for (const name of functionNames) {
      for (const grant of grantsOf(name)) expect(grant).not.toMatch(/\*|dynamodb:Scan/);
    }
  });

  it('gives the event consumers no session secret: they serve no session', () => {
    const consumers = [...scheduledJobs, ...streamConsumers, ...queueConsumers].map((c) => c.name);
    for (const name of consumers) expect({ fn: name, session: grantsOf(name).includes(SESSION_SECRET) }).toEqual({ fn: name, session: false });
    for (const area of areaNames) expect({ fn: area, session: grantsOf(area).includes(SESSION_SECRET) }).toEqual({ fn: area, session: true });
  });

  it('keeps the WeChat secret away from all but sign-in, the content check (reporting; planned work\'s corrective tickets), the label codes, the notifier and its redrive', () => {
    const readers = functionNames.filter((n) => grantsOf(n).some((g) => g.includes('wechat-app-secret')));
    expect([...readers].sort()).toEqual(['auth', 'labels', 'notificationRedrive', 'notifier', 'planned', 'reporting']);
  });
});

describe('serverless.yml: photos', () => {
  it('lets only the functions that attach photos copy (put) and delete them, and only those that answer with a ticket view read them', () => {
    // Attaching copies each upload to the ticket's own key (reports: reporting; completions: ticketCommands;
    // a failed planned-work item's corrective ticket: planned; a spot check's inspection photos: vendors).
    expect(functionNames.filter((n) => grantsOf(n).some((g) => g.startsWith('s3:PutObject'))).sort()).toEqual(['planned', 'reporting', 'ticketCommands', 'vendors']);
    expect(functionNames.filter((n) => grantsOf(n).some((g) => g.startsWith('s3:DeleteObject'))).sort()).toEqual(['planned', 'reporting', 'ticketCommands', 'vendors']);
    expect(functionNames.filter((n) => grantsOf(n).includes(READ_PHOTOS)).sort()).toEqual(['planned', 'reporting', 'ticketCommands', 'vendors']);
  });

  it('keeps the photo bucket private, TLS only, with CORS for POST from the app\'s origin only, and names it to every function', () => {
    const props = resources.PhotoBucket?.Properties as {
      PublicAccessBlockConfiguration: Record<string, boolean>;
      CorsConfiguration: { CorsRules: { AllowedMethods: string[]; AllowedOrigins: string[] }[] };
    };
    expect(props.CorsConfiguration.CorsRules.map((r) => r.AllowedOrigins)).toEqual([['https://repair.test-hospital.cn']]);
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
    expect(fn('auth').props.Environment?.Variables.WECHAT_APP_SECRET_PARAMETER).toBe('/hfr/dev/wechat-app-secret');
  });

  it('names in each function exactly the SSM parameters its role may read (else its cold start fails)', () => {
    for (const f of lambdaFunctions(packaged.template)) {
      const named = Object.entries(f.props.Environment?.Variables ?? {})
        .filter(([key, value]) => key.endsWith('_PARAMETER') && value !== '')
        .map(([, value]) => `ssm:GetParameters ${String(value)}`);
      expect({ fn: f.name, parameters: named.sort() }).toEqual({ fn: f.name, parameters: grantsOf(f.name).filter((g) => g.startsWith('ssm:')).sort() });
    }
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
    expect(props.GlobalSecondaryIndexes.map((g) => g.IndexName)).toEqual(['GSI1', 'GSI2', 'GSI3', 'GSI4', 'GSI5', 'GSI6', 'GSI7']);
  });

  it('gives every function the deployment\'s label link base, never a localhost default', () => {
    for (const f of lambdaFunctions(packaged.template)) expect({ fn: f.name, base: f.props.Environment?.Variables.LABEL_BASE_URL }).toEqual({ fn: f.name, base: 'https://repair.test-hospital.cn/labels' });
  });

  it('refuses to package without the deployment\'s URLs, naming each one missing', async () => {
    const failure = await packageService('dev', {}).then(() => null, (error: unknown) => String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? ''));
    expect(failure).toContain('Value not found at "param" source');
    for (const missing of ['h5Origin', 'labelBaseUrl']) expect(failure).toContain(missing);
  });

  it('answers CORS for the app\'s origin only, and preflights for the headers the API reads', () => {
    const cors = resources.HttpApi?.Properties?.CorsConfiguration as { AllowOrigins: string[]; AllowHeaders: string[]; ExposeHeaders: string[] };
    expect(cors.AllowOrigins).toEqual(['https://repair.test-hospital.cn']);
    expect(cors.AllowHeaders).toEqual(expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']));
    expect(cors.ExposeHeaders).toContain('idempotent-replayed');
    // The report form says when to try again after a 429.
    expect(cors.ExposeHeaders).toContain('retry-after');
  });

  it('throttles every route of the HTTP API at the stage, before any function runs', () => {
    const settings = resources.HttpApiStage?.Properties?.DefaultRouteSettings as { ThrottlingBurstLimit: number; ThrottlingRateLimit: number };
    expect(settings.ThrottlingRateLimit).toBe(100);
    expect(settings.ThrottlingBurstLimit).toBe(200);
  });
});
