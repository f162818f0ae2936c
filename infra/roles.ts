import { grants, type Access, type ConsumerName, type RouteName } from '../functions/src/contract/grants';
import type { RouteDef } from '../functions/src/contract/route';
import { allRoutes } from '../functions/src/contract/routes';
import { areaNames } from '../functions/src/contract/areas';
import type { FunctionName } from '../functions/src/lambdas/functions';

/**
 * One IAM role per function (serverless v3 has no per-function IAM), allowing exactly what its
 * handlers do: the union of the grants (functions/src/contract/grants.ts) of the routes it serves,
 * or the consumer's own. Included by serverless.yml (`resources`, through infra/functionRoles.js);
 * infra/serverless.test.ts compares the packaged roles with the reviewed snapshot.
 */

/** What one function may do: its area's routes' grants together, or a consumer's grants. */
export function accessOf(functionName: FunctionName): Access {
  if ((areaNames as readonly string[]).includes(functionName)) {
    const routes = (allRoutes as readonly RouteDef[]).filter((r) => r.area === functionName);
    return unionOf(routes.map((r) => grants[r.name as RouteName]));
  }
  return grants[functionName as ConsumerName];
}

const union = <T>(lists: readonly (readonly T[] | undefined)[]): T[] | undefined => {
  const all = [...new Set(lists.flatMap((l) => l ?? []))];
  return all.length > 0 ? all : undefined;
};

/** The grants of several handlers in one function: each action allowed where any of them needs it. */
export function unionOf(accesses: readonly Access[]): Access {
  const indexes: NonNullable<Access['indexes']> = {};
  for (const access of accesses) {
    for (const [index, actions] of Object.entries(access.indexes ?? {}) as [keyof typeof indexes, readonly 'Query'[]][]) {
      indexes[index] = union([indexes[index], actions]);
    }
  }
  const flag = (key: 'wechatTokenCache' | 'pcLoginRequests' | 'listPhotos' | 'stream' | 'streamRecords' | 'deadLetterItems') => (accesses.some((a) => a[key]) ? { [key]: true as const } : {});
  const queues = [...new Set(accesses.map((a) => a.deadLetterQueue).filter((q) => q !== undefined))];
  if (queues.length > 1) throw new Error(`One function cannot have two dead-letter queues: ${queues.join(', ')}`);
  const result: Access = {
    table: union(accesses.map((a) => a.table)),
    inTransaction: union(accesses.map((a) => a.inTransaction)),
    ...(Object.keys(indexes).length > 0 ? { indexes } : {}),
    secrets: union(accesses.map((a) => a.secrets)),
    photos: union(accesses.map((a) => a.photos)),
    queues: union(accesses.map((a) => a.queues)),
    ...flag('wechatTokenCache'),
    ...flag('pcLoginRequests'),
    ...flag('listPhotos'),
    ...flag('stream'),
    ...flag('streamRecords'),
    ...flag('deadLetterItems'),
    ...(queues[0] ? { deadLetterQueue: queues[0] } : {}),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as Access;
}

/** The attributes of a dead-letter item (adapters/dynamo/notificationRepository.ts putDeadLetter). */
const DEAD_LETTER_ATTRIBUTES = ['PK', 'SK', 'entity', 'hospitalId', 'id', 'at', 'ticketId', 'kind', 'attempts', 'error', 'outboxId', 'userId', 'state', 'nextAttemptAt', 'lastFailure', 'resends', 'GSI4PK', 'GSI4SK'];

const TABLE_ARN = { 'Fn::GetAtt': ['MainTable', 'Arn'] };
const PHOTO_OBJECTS = { 'Fn::Sub': '${PhotoBucket.Arn}/h/*' };
const dynamo = (actions: readonly string[]) => actions.map((a) => `dynamodb:${a}`);

/** The logical id serverless gives a function's resources: ticketCommands → TicketCommands (TicketCommandsLogGroup, …). */
export const logicalName = (functionName: string): string =>
  functionName[0]!.toUpperCase() + functionName.slice(1).replace(/-/g, 'Dash').replace(/_/g, 'Underscore');

interface Statement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: unknown[];
  Condition?: Record<string, Record<string, unknown>>;
}

/** Read, put and update the items whose partition key starts with `prefix`, and no others. */
function itemsUnder(Sid: string, prefix: string): Statement {
  return {
    Sid,
    Effect: 'Allow',
    Action: dynamo(['GetItem', 'PutItem', 'UpdateItem']),
    Resource: [TABLE_ARN],
    Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${prefix}*`] } },
  };
}

export function statements(functionName: string, access: Access, ssmPrefix: string): Statement[] {
  const list: Statement[] = [
    { Sid: 'OwnLogGroup', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [{ 'Fn::GetAtt': [`${logicalName(functionName)}LogGroup`, 'Arn'] }] },
  ];
  if (access.table?.length) list.push({ Sid: 'Table', Effect: 'Allow', Action: dynamo(access.table), Resource: [TABLE_ARN] });
  // The shared WeChat access token (adapters/wechat/accessToken.ts) lives under WECHAT#<appid>:
  // reading it and taking the refresh lease is allowed on those items and no others.
  if (access.wechatTokenCache) list.push(itemsUnder('WeChatTokenCache', 'WECHAT#'));
  // Desk PC sign-in requests (adapters/dynamo/pcLoginRepository.ts) live under PCLOGIN#<id>:
  // a public route may create and move them on, and touch nothing else with these actions.
  if (access.pcLoginRequests) list.push(itemsUnder('PcLoginRequests', 'PCLOGIN#'));
  if (access.inTransaction?.length) {
    list.push({
      Sid: 'TableInTransaction',
      Effect: 'Allow',
      Action: dynamo(access.inTransaction),
      Resource: [TABLE_ARN],
      Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:EnclosingOperation': ['TransactWriteItems'] } },
    });
  }
  for (const [index, actions] of Object.entries(access.indexes ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    list.push({ Sid: `Index${index}`, Effect: 'Allow', Action: dynamo(actions), Resource: [{ 'Fn::Sub': `\${MainTable.Arn}/index/${index}` }] });
  }
  if (access.photos?.length) list.push({ Sid: 'Photos', Effect: 'Allow', Action: access.photos.map((a) => `s3:${a}`), Resource: [PHOTO_OBJECTS] });
  if (access.listPhotos) {
    list.push({
      Sid: 'PhotoKeys',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [{ 'Fn::GetAtt': ['PhotoBucket', 'Arn'] }],
      Condition: { StringLike: { 's3:prefix': ['h/*'] } },
    });
  }
  if (access.stream) {
    // What Lambda's event source mapping does with the function's role: read the table's stream.
    list.push({
      Sid: 'TableStream',
      Effect: 'Allow',
      Action: dynamo(['DescribeStream', 'GetRecords', 'GetShardIterator', 'ListStreams']),
      Resource: [{ 'Fn::GetAtt': ['MainTable', 'StreamArn'] }],
    });
  }
  if (access.streamRecords) {
    list.push({ Sid: 'TableStreamRecords', Effect: 'Allow', Action: dynamo(['GetShardIterator', 'GetRecords']), Resource: [{ 'Fn::GetAtt': ['MainTable', 'StreamArn'] }] });
  }
  if (access.queues?.length) {
    // What Lambda's SQS event source mapping does with the function's role.
    list.push({
      Sid: 'ConsumedQueues',
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: access.queues.map((queue) => ({ 'Fn::GetAtt': [queue, 'Arn'] })),
    });
  }
  if (access.deadLetterItems) {
    list.push({
      Sid: 'DeadLetterItems',
      Effect: 'Allow',
      Action: dynamo(['PutItem']),
      Resource: [TABLE_ARN],
      // and never returning the item it replaced
      Condition: { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': DEAD_LETTER_ATTRIBUTES }, StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] } },
    });
  }
  if (access.deadLetterQueue) {
    // The on-failure destination is written with the function's role.
    list.push({ Sid: 'DeadLetterQueue', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [{ 'Fn::GetAtt': [access.deadLetterQueue, 'Arn'] }] });
  }
  if (access.secrets?.length) {
    // SecureStrings under the AWS-managed aws/ssm key: its key policy lets SSM decrypt for any
    // principal of the account, so no kms:Decrypt grant is needed.
    list.push({
      Sid: 'Secrets',
      Effect: 'Allow',
      Action: ['ssm:GetParameters'],
      Resource: access.secrets.map((name) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter${ssmPrefix}/${name}` })),
    });
  }
  return list;
}

function role(functionName: string, access: Access, ssmPrefix: string) {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: `${functionName}: least privilege (functions/src/contract/grants.ts)`,
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
      },
      Policies: [{ PolicyName: `${functionName}-least-privilege`, PolicyDocument: { Version: '2012-10-17', Statement: statements(functionName, access, ssmPrefix) } }],
    },
  };
}

/** The `resources` fragment of serverless.yml: one role per function. */
export function functionRoles(functionNames: readonly FunctionName[], ssmPrefix: string): { Resources: Record<string, unknown> } {
  return { Resources: Object.fromEntries(functionNames.map((name) => [`${logicalName(name)}Role`, role(name, accessOf(name), ssmPrefix)])) };
}
