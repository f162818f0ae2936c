/**
 * One IAM role per function (serverless v3 has no per-function IAM), each allowing exactly what
 * its handler does: the DynamoDB actions of the repository methods it reaches, on the table or
 * on the one index it queries; reading its SSM parameters; writing its own log group.
 * Included by serverless.yml (`resources`); infra/serverless.test.ts checks the result.
 *
 * Every signed-in route reads the caller's user item (http/httpHandler.ts → GetItem).
 * Transactional writes are granted as PutItem limited to TransactWriteItems: IAM has no
 * TransactWriteItems action, a transaction's Put is governed by PutItem.
 */
const SESSION = ['session-secret'];

/**
 * A ticket command (http/ticketCommandHandler.ts → domain/tickets/runCommand.ts): the ticket and
 * the hospital's policy (GetItem, AP-12/AP-01), then ticket (version condition) + event + outbox
 * items in one TransactWriteItems.
 */
const TICKET_COMMAND = { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION, photos: ['GetObject'] };
/**
 * Photos (PhotoBucket, keys h/<hospital>/u/<user>/…): a view of a ticket carries presigned GET
 * URLs, signed with the function's own credentials, so whoever answers with a view needs
 * s3:GetObject. Checking that an uploaded key exists is a HeadObject (also s3:GetObject);
 * `listPhotos` adds s3:ListBucket on the h/ prefix, without which S3 answers a missing key with
 * 403 instead of 404.
 */

const ACCESS = {
  // hospital + openid link + user (GetItem); a first sign-in links openid and user in one transaction
  login: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: ['session-secret', 'wechat-app-secret'] },
  // answers 404 in the cloud before touching the table, so it gets no table access at all
  devLogin: { secrets: SESSION },
  getMe: { table: ['GetItem'], secrets: SESSION },
  // QR label, asset (GetItem); place and ancestors (BatchGetItem); categories (Query on the table);
  // open tickets at the location (GSI5) and of the asset (GSI6)
  lookupQr: { table: ['GetItem', 'BatchGetItem', 'Query'], indexes: { GSI5: ['Query'], GSI6: ['Query'] }, secrets: SESSION },
  listCategories: { table: ['GetItem', 'Query'], secrets: SESSION },
  listLocations: { table: ['GetItem', 'Query'], secrets: SESSION },
  // idempotency record, hospital, category, QR label or location and asset in one BatchGetItem
  // (AP-11, AP-01, AP-02, AP-06, AP-04, AP-05); then at once: the rest of the place
  // (BatchGetItem, AP-04), the daily counter (UpdateItem ADD, AP-10), the duplicate check (open
  // tickets at the location, GSI5 AP-15, or of the asset, GSI6 AP-16) and, for auto/grab
  // dispatch, the hospital's users (Query on the table, AP-22); ticket + first event +
  // idempotency record + outbox in one transaction. A replay reads the ticket (GetItem AP-12);
  // auto-dispatch counts each technician's open jobs (GSI2 COUNT, AP-18) and assigns in a second
  // transaction
  createTicket: {
    table: ['GetItem', 'BatchGetItem', 'UpdateItem', 'Query'],
    inTransaction: ['PutItem'],
    indexes: { GSI2: ['Query'], GSI5: ['Query'], GSI6: ['Query'] },
    // the report's text goes through WeChat's content check (msg_sec_check) with the shared token
    secrets: [...SESSION, 'wechat-app-secret'],
    wechatTokenCache: true,
    // HeadObject of each photo key; the answer's photo URLs
    photos: ['GetObject'],
    listPhotos: true,
  },
  // only signs a presigned POST for one key (no AWS call): what that POST may do is what this role may do
  createUpload: { table: ['GetItem'], secrets: SESSION, photos: ['PutObject'] },
  // scopes: mine (AP-14, GSI1), assigned (AP-18, GSI2), queue / pool / callbacks (AP-19, GSI3)
  listTickets: { table: ['GetItem'], indexes: { GSI1: ['Query'], GSI2: ['Query'], GSI3: ['Query'] }, secrets: SESSION },
  // AP-13: the ticket (GetItem) and its events (Query begins_with EV#), at once
  getTicket: { table: ['GetItem', 'Query'], secrets: SESSION, photos: ['GetObject'] },

  // + the technician (GetItem AP-07)
  assignTicket: TICKET_COMMAND,
  acceptTicket: TICKET_COMMAND,
  // + the scanned label (GetItem AP-06)
  arriveTicket: TICKET_COMMAND,
  holdTicket: TICKET_COMMAND,
  resumeTicket: TICKET_COMMAND,
  // + HeadObject of each completion photo
  completeTicket: { ...TICKET_COMMAND, listPhotos: true },
  confirmTicket: TICKET_COMMAND,
  rateTicket: TICKET_COMMAND,
  reopenTicket: TICKET_COMMAND,
  cancelTicket: TICKET_COMMAND,
  followTicket: TICKET_COMMAND,
  // both tickets (GetItem) change in one transaction
  mergeTicket: TICKET_COMMAND,
  handBackTicket: TICKET_COMMAND,
  requestTransferTicket: TICKET_COMMAND,
  // a lost race reads the ticket again (GetItem) to answer 409 instead of 404
  grabTicket: TICKET_COMMAND,
  callbackTicket: TICKET_COMMAND,
  complaintTicket: TICKET_COMMAND,

  // ticket, hospital (GetItem); the hospital's users (Query on the table, AP-22); each
  // technician's open jobs (GSI2 COUNT, AP-18)
  listCandidates: { table: ['GetItem', 'Query'], indexes: { GSI2: ['Query'] }, secrets: SESSION },
  // queue and callbacks due (GSI3, AP-19); each open ticket's timeline (Query on its partition,
  // AP-13) and the latest handovers (Query on the hospital partition)
  getHandover: { table: ['GetItem', 'Query'], indexes: { GSI3: ['Query'] }, secrets: SESSION },
  // the next dispatcher (GetItem); the open tickets (GSI3); the handover record: one conditional
  // PutItem (attribute_not_exists), the only write outside a transaction besides the day counter
  recordHandover: { table: ['GetItem', 'PutItem'], indexes: { GSI3: ['Query'] }, secrets: SESSION },
  // the asset (GetItem AP-05), then its repair history (GSI6, AP-17)
  assetHistory: { table: ['GetItem'], indexes: { GSI6: ['Query'] }, secrets: SESSION },

  // Administration (contract/adminRoutes.ts): a single edit is one TransactWriteItems with a
  // version (or free-key) condition on the record and its QR label; imports batch-write.
  // the user; the new id and its parent (BatchGetItem AP-04); location + label in one transaction
  createLocation: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the location and its new parent (AP-04); on a move every location (AP-03) to carry descendants along; all in one transaction
  updateLocation: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  // the location (AP-04); its children (AP-03) and devices (GSI5, AP-09) must be gone; location + label in one transaction
  retireLocation: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], indexes: { GSI5: ['Query'] }, secrets: SESSION },
  // asset and category (GetItem); the location (AP-04); asset + label in one transaction
  createAsset: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // asset and category (GetItem); the location (AP-04); asset + label in one transaction
  updateAsset: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the asset (GetItem); asset + label in one transaction
  retireAsset: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the category (GetItem); a conditional Put in a transaction
  createCategory: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the category (GetItem); a versioned Put in a transaction
  updateCategory: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the category (GetItem); a versioned Put in a transaction
  retireCategory: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the user (GetItem), the home building (AP-04); a conditional Put in a transaction
  createUser: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the user (GetItem), the home building (AP-04); a versioned Put in a transaction
  updateUser: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the user (GetItem); a versioned Put in a transaction
  retireUser: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // every location (AP-03)
  exportLocations: { table: ['GetItem', 'Query'], secrets: SESSION },
  // every asset (AP-31)
  exportAssets: { table: ['GetItem', 'Query'], secrets: SESSION },
  // locations (AP-03) and labels (AP-32); then BatchWriteItem, 25 at a time, once the whole file is valid
  importLocations: { table: ['GetItem', 'Query', 'BatchWriteItem'], secrets: SESSION },
  // assets (AP-31), locations (AP-03), categories (AP-02), labels (AP-32); then BatchWriteItem once the whole file is valid
  importAssets: { table: ['GetItem', 'Query', 'BatchWriteItem'], secrets: SESSION },
  // locations (AP-03) and assets (AP-31) of the hospital; format=wxacode: mini-program codes
  // (getwxacodeunlimit) with the shared WeChat access token
  qrLabels: { table: ['GetItem', 'Query'], secrets: [...SESSION, 'wechat-app-secret'], wechatTokenCache: true },

  // Scheduled (no HTTP, so no session secret): due watches (GSI4, keys only, AP-20); each ticket
  // and its hospital (GetItem); the escalation as a ticket command's transaction
  slaScanner: { table: ['GetItem'], inTransaction: ['PutItem'], indexes: { GSI4: ['Query'] } },

  // Notifications (AP-50 inbox, AP-51 quotas, AP-53 dead letters): the caller (GetItem) and…
  // …ADD to each accepted template's quota (UpdateItem), then the quotas (Query on the hospital partition)
  recordSubscriptions: { table: ['GetItem', 'UpdateItem', 'Query'], secrets: SESSION },
  // the inbox page (Query, AP-50) and the unread counter (GetItem, AP-55)
  listNotifications: { table: ['GetItem', 'Query'], secrets: SESSION },
  // unread ones for "all" (Query, AP-50); marks (each conditional on unread) and the counter's
  // ADD −n in one transaction (UpdateItem in TransactWriteItems); the counter read back (GetItem)
  markNotificationsRead: { table: ['GetItem', 'Query'], inTransaction: ['UpdateItem'], secrets: SESSION },
  listDeadLetters: { table: ['GetItem', 'Query'], secrets: SESSION },
  // Stream consumer (no session): ticket, hospital, users, delivery records, the shared WeChat
  // token (GetItem); a hospital's users by role (Query); delivery outcome, token (conditional
  // PutItem); token lease and a quota set to zero on 43101 (UpdateItem); in one transaction each:
  // an in-app notification with +1 on its user's unread counter, and one quota taken with the
  // delivery record (PutItem + UpdateItem). Reads its
  // stream, sends failed batches to the dead-letter queue; the WeChat app secret for stable_token.
  notifier: {
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
    inTransaction: ['PutItem', 'UpdateItem'],
    stream: true,
    deadLetterQueue: 'NotifierDeadLetterQueue',
    secrets: ['wechat-app-secret'],
  },

  // Dashboards and reports: the hospital (GetItem), categories (Query AP-02) and the aggregates
  // (Query AP-40); read-only.
  getDashboard: { table: ['GetItem', 'Query'], secrets: SESSION },
  assetReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  technicianReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  vendorReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  departmentReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  heatmapReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  monthlyReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  quarterlyReport: { table: ['GetItem', 'Query'], secrets: SESSION },
  // the aggregates' stream consumer: no session; the hospital's zone (GetItem); an asset's recent
  // faults (GSI6, AP-41); marker + ADDs (+ a repeat-failure outbox item) in one transaction
  aggregator: {
    table: ['GetItem'],
    inTransaction: ['PutItem', 'UpdateItem'],
    indexes: { GSI6: ['Query'] },
    stream: true,
    deadLetterQueue: 'AggregatorDeadLetterQueue',
  },
  // Cloud only, no session: the stream consumers' dead-letter queues (its SQS event source polls
  // with this role: receive, delete, queue attributes), the failed batch read back from the stream
  // at its sequence numbers (GetShardIterator, GetRecords: no DescribeStream, it is told the shard),
  // one PutItem per dead-letter item, allowed only with the dead-letter item's attributes.
  deadLetterRecorder: {
    streamRecords: true,
    queues: ['NotifierDeadLetterQueue', 'AggregatorDeadLetterQueue'],
    deadLetterItems: true,
  },
};

/** The attributes of a dead-letter item (adapters/dynamo/notificationRepository.ts putDeadLetter). */
const DEAD_LETTER_ATTRIBUTES = ['PK', 'SK', 'entity', 'hospitalId', 'id', 'at', 'ticketId', 'kind', 'attempts', 'error'];

const TABLE_ARN = { 'Fn::GetAtt': ['MainTable', 'Arn'] };
const PHOTO_OBJECTS = { 'Fn::Sub': '${PhotoBucket.Arn}/h/*' };
const dynamo = (actions) => actions.map((a) => `dynamodb:${a}`);
/** The logical id serverless gives a function's resources: getMe → GetMe (GetMeLogGroup, …). */
const logicalName = (functionName) =>
  functionName[0].toUpperCase() + functionName.slice(1).replace(/-/g, 'Dash').replace(/_/g, 'Underscore');

function statements(functionName, access, ssmPrefix) {
  const list = [
    {
      Sid: 'OwnLogGroup',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: [{ 'Fn::GetAtt': [`${logicalName(functionName)}LogGroup`, 'Arn'] }],
    },
  ];
  if (access.table?.length) {
    list.push({ Sid: 'Table', Effect: 'Allow', Action: dynamo(access.table), Resource: [TABLE_ARN] });
  }
  if (access.wechatTokenCache) {
    // The shared WeChat access token (adapters/wechat/accessToken.ts) lives under WECHAT#<appid>:
    // reading it and taking the refresh lease is allowed on those items and no others.
    list.push({
      Sid: 'WeChatTokenCache',
      Effect: 'Allow',
      Action: dynamo(['GetItem', 'PutItem', 'UpdateItem']),
      Resource: [TABLE_ARN],
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WECHAT#*'] } },
    });
  }
  if (access.inTransaction?.length) {
    list.push({
      Sid: 'TableInTransaction',
      Effect: 'Allow',
      Action: dynamo(access.inTransaction),
      Resource: [TABLE_ARN],
      Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:EnclosingOperation': ['TransactWriteItems'] } },
    });
  }
  for (const [index, actions] of Object.entries(access.indexes ?? {})) {
    list.push({
      Sid: `Index${index}`,
      Effect: 'Allow',
      Action: dynamo(actions),
      Resource: [{ 'Fn::Sub': `\${MainTable.Arn}/index/${index}` }],
    });
  }
  if (access.photos?.length) {
    list.push({ Sid: 'Photos', Effect: 'Allow', Action: access.photos.map((a) => `s3:${a}`), Resource: [PHOTO_OBJECTS] });
  }
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
    list.push({
      Sid: 'TableStreamRecords',
      Effect: 'Allow',
      Action: dynamo(['GetShardIterator', 'GetRecords']),
      Resource: [{ 'Fn::GetAtt': ['MainTable', 'StreamArn'] }],
    });
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
      Resource: access.secrets.map((name) => ({
        'Fn::Sub': `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter${ssmPrefix}/${name}`,
      })),
    });
  }
  return list;
}

function role(functionName, access, ssmPrefix) {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: `${functionName}: least privilege (infra/functionRoles.js)`,
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
      },
      Policies: [
        {
          PolicyName: `${functionName}-least-privilege`,
          PolicyDocument: { Version: '2012-10-17', Statement: statements(functionName, access, ssmPrefix) },
        },
      ],
    },
  };
}

module.exports = async ({ resolveVariable }) => {
  const ssmPrefix = await resolveVariable('self:custom.ssmPrefix');
  const Resources = {};
  for (const [functionName, access] of Object.entries(ACCESS)) {
    Resources[`${logicalName(functionName)}Role`] = role(functionName, access, ssmPrefix);
  }
  return { Resources };
};
