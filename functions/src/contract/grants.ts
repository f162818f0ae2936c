import { TICKET_COMMANDS, type TicketCommand } from './lifecycle';
import type { QueueConsumerName } from './queueConsumers';
import type { allRoutes } from './routes';
import type { ScheduledJobName } from './scheduledJobs';
import type { StreamConsumerName } from './streamConsumers';

/**
 * What each route's handler (and each event consumer) does with AWS, written from the repository
 * calls it makes (functions/src/adapters/). A function's IAM role is the union of the grants of
 * what it serves (infra/roles.ts); infra/serverless.test.ts compares the packaged roles with a
 * reviewed snapshot. Keyed by route name: the `satisfies` at the end makes a route without its
 * grants a compile error.
 *
 * Every signed-in route reads the caller's user item (http/httpHandler.ts → GetItem).
 * Transactional writes are granted as PutItem limited to TransactWriteItems: IAM has no
 * TransactWriteItems action, a transaction's Put is governed by PutItem.
 */
export interface Access {
  /** DynamoDB actions on the table itself. */
  table?: readonly TableAction[];
  /** DynamoDB actions allowed only inside TransactWriteItems. */
  inTransaction?: readonly ('PutItem' | 'UpdateItem' | 'DeleteItem')[];
  /** DynamoDB actions per global secondary index. */
  indexes?: Partial<Record<Index, readonly 'Query'[]>>;
  /** SSM parameters under /hfr/<stage>/ the function reads at cold start. */
  secrets?: readonly Secret[];
  /** The shared WeChat access token items (WECHAT#…): read, and take the refresh lease. */
  wechatTokenCache?: true;
  /** Desk PC sign-in requests (PCLOGIN#…, AP-28): create, read, and move on by conditional writes. */
  pcLoginRequests?: true;
  /** s3 actions on the photos (keys h/…). */
  photos?: readonly ('GetObject' | 'PutObject' | 'DeleteObject')[];
  /** s3:ListBucket on the h/ prefix: without it S3 answers a missing key with 403, not 404. */
  listPhotos?: true;
  /** Read the table's stream (a stream consumer's event source mapping). */
  stream?: true;
  /** Read given records back from the stream (no DescribeStream: the shard is known). */
  streamRecords?: true;
  /** Consume these SQS queues (an SQS event source mapping). */
  queues?: readonly DeadLetterQueue[];
  /** PutItem of dead-letter items only (their attributes, no old item returned). */
  deadLetterItems?: true;
  /** The stream consumer's on-failure destination. */
  deadLetterQueue?: DeadLetterQueue;
}

export type TableAction = 'GetItem' | 'BatchGetItem' | 'Query' | 'PutItem' | 'UpdateItem' | 'BatchWriteItem';
export type Index = 'GSI1' | 'GSI2' | 'GSI3' | 'GSI4' | 'GSI5' | 'GSI6' | 'GSI7';
export type Secret = 'session-secret' | 'wechat-app-secret';
export type DeadLetterQueue = 'NotifierDeadLetterQueue' | 'AggregatorDeadLetterQueue';

export type RouteName = (typeof allRoutes)[number]['name'];
export type ConsumerName = ScheduledJobName | StreamConsumerName | QueueConsumerName;

const SESSION = ['session-secret'] as const;

/**
 * A ticket command (http/ticketCommandHandler.ts → domain/tickets/runCommand.ts): the ticket and
 * the hospital's policy (GetItem, AP-12/AP-01), then ticket (version condition) + event + outbox
 * items in one TransactWriteItems. A command sent with an Idempotency-Key (a technician's offline
 * queue) reads its key's record first (GetItem, AP-11) and writes it in the same transaction (AP-120).
 *
 * Photos (PhotoBucket, keys h/<hospital>/u/<user>/…): a view of a ticket carries presigned GET
 * URLs, signed with the function's own credentials, so whoever answers with a view needs
 * s3:GetObject. Attaching photos (domain/photos/attachPhotos.ts) copies each upload to its
 * kept key h/<hospital>/p/… (CopyObject: GetObject on the source, PutObject on the copy), reads
 * the copy's first bytes (GetObject) and deletes a copy that is no photo (DeleteObject).
 */
const ATTACH_PHOTOS = ['GetObject', 'PutObject', 'DeleteObject'] as const;
const TICKET_COMMAND: Access = { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION, photos: ['GetObject'] };
function ticketCommandGrants(): Record<`${TicketCommand}Ticket`, Access> {
  return Object.fromEntries(TICKET_COMMANDS.map((c) => [`${c}Ticket`, TICKET_COMMAND])) as Record<`${TicketCommand}Ticket`, Access>;
}
/** Dashboards and reports: the hospital (GetItem), categories (Query AP-02) and the aggregates (Query AP-40); read-only. */
const REPORT: Access = { table: ['GetItem', 'Query'], secrets: SESSION };
/** The dashboard and the workbooks also count the callbacks never made (GSI3 CB#, Select COUNT, AP-19). */
const REPORT_WITH_CALLBACKS: Access = { ...REPORT, indexes: { GSI3: ['Query'] } };
/** The workbooks add the planned work's sheets: the period's work orders by the month of their due day (GSI1, AP-209). */
const PLANNED_WORKBOOK: Access = { ...REPORT, indexes: { GSI3: ['Query'], GSI1: ['Query'] } };

/**
 * A delivery (domain/notify/deliverOutbox.ts): ticket, hospital, users, delivery records, the
 * shared WeChat token, dead letters, outbox items (GetItem); a hospital's users by role (Query);
 * delivery outcome, token, a recipient's set-aside message (conditional PutItem); token lease and
 * a quota set to zero on 43101 (UpdateItem); in one transaction each: an in-app notification with
 * +1 on its user's unread counter, and one quota taken with the delivery record.
 */
const NOTIFY = { table: ['GetItem', 'Query', 'PutItem', 'UpdateItem'], inTransaction: ['PutItem', 'UpdateItem'] } as const satisfies Access;

/** A report (createTicket, below), and a failed planned-work item's corrective ticket, which is one. */
const REPORT_A_FAULT = {
  table: ['GetItem', 'BatchGetItem', 'UpdateItem', 'Query'],
  inTransaction: ['PutItem'],
  indexes: { GSI2: ['Query'], GSI5: ['Query'], GSI6: ['Query'] },
  // the report's text goes through WeChat's content check (msg_sec_check) with the shared token
  secrets: ['session-secret', 'wechat-app-secret'],
  wechatTokenCache: true,
  // each photo copied to its kept key and checked there; the answer's photo URLs
  photos: ATTACH_PHOTOS,
  listPhotos: true,
} as const satisfies Access;

/**
 * Running planned work (issue 15, part RUN). A read: the order (GetItem, AP-206); mine: the
 * technician's open orders (GSI2 W#O#, AP-208); due: the open orders of the months around today
 * (GSI1 PLANNED#, AP-222). A command: the order and the hospital's zone (GetItem), the key's
 * record when sent with one (GetItem, AP-11); order + event + outbox + key in one transaction
 * (AP-220). Recording a checkpoint whose item fails opens the corrective ticket as a report does
 * (createTicket's reads and writes, its photos copied); the desk's assign reads the technician.
 */
function workOrderGrants() {
  const read: Access = { table: ['GetItem'], secrets: SESSION };
  const command: Access = { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION };
  return {
    listWorkOrders: { table: ['GetItem', 'Query'], indexes: { GSI1: ['Query'], GSI2: ['Query'] }, secrets: SESSION },
    getWorkOrder: read,
    startWorkOrder: command,
    recordCheckpoint: REPORT_A_FAULT,
    skipCheckpoint: command,
    postponeWorkOrder: command,
    completeWorkOrder: command,
    assignWorkOrder: command,
  } as const satisfies Record<string, Access>;
}

/**
 * Spot checks and disputes (issue 16, VSPOT, AP-340..349), all in the vendor's partition: a month's
 * checks or disputes (Query), the vendor's tickets of the month (GSI7, AP-342), the hospital and
 * the ticket (GetItem); a draw's marker and checks in one transaction (AP-343); a pass one
 * conditional PutItem (AP-344); a fail the check with the ticket's change (AP-345) and the
 * vendor's managers (Query AP-22); a dispute with its outbox item in one transaction (AP-348/349).
 */
function spotCheckGrants() {
  const read: Access = { table: ['GetItem', 'Query'], indexes: { GSI7: ['Query'] }, secrets: SESSION, photos: ['GetObject'] };
  return {
    drawSpotChecks: { ...read, inTransaction: ['PutItem'] },
    listSpotChecks: read,
    recordSpotCheck: { table: ['GetItem', 'Query', 'PutItem'], inTransaction: ['PutItem'], secrets: SESSION, photos: ATTACH_PHOTOS, listPhotos: true },
    listDisputes: { table: ['GetItem', 'Query'], indexes: { GSI7: ['Query'] }, secrets: SESSION },
    actOnDispute: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  } as const satisfies Record<string, Access>;
}

/**
 * Major incidents (issue 16, AP-360..366). Declare: the hospital, settings, places (BatchGetItem),
 * categories and users (Query), the rota (Query), the ticket (GetItem), the day's number
 * (UpdateItem); incident + event + outbox + open marker (+ link, + the ticket's incidentId) in one
 * transaction. A command: the incident, the ticket to link (GetItem), the devices of the report;
 * record + event (+ outbox, link put or deleted, marker deleted, the ticket updated) in one
 * transaction. Reads: the partition (Query AP-361), the linked tickets (BatchGetItem), the open
 * markers (Query AP-363) and the month (GSI1, AP-364).
 */
function incidentGrants() {
  const read: Access = { table: ['GetItem', 'Query', 'BatchGetItem'], secrets: SESSION };
  const write: Access = { table: ['GetItem', 'Query', 'BatchGetItem', 'UpdateItem'], inTransaction: ['PutItem', 'UpdateItem', 'DeleteItem'], secrets: SESSION };
  return {
    declareIncident: write,
    incidentAction: write,
    getIncident: read,
    listIncidents: { ...read, indexes: { GSI1: ['Query'] } },
    getIncidentSettings: read,
    putIncidentSettings: { table: ['GetItem', 'Query', 'PutItem'], secrets: SESSION },
  } as const satisfies Record<string, Access>;
}

export const grants = {
  // hospital, label, openid link, user (GetItem); without a label the openid's links (Query, AP-24);
  // a first sign-in at a label writes the guest and its link in one transaction (Put + Update)
  login: { table: ['GetItem', 'Query'], inTransaction: ['PutItem', 'UpdateItem'], secrets: ['session-secret', 'wechat-app-secret'] },
  // code2session; the shared access token for getuserphonenumber; the openid's links (Query AP-24) and
  // each hospital's users (Query AP-22); the link: user + openid link updated in one transaction
  linkPhone: { table: ['GetItem', 'Query'], inTransaction: ['UpdateItem'], wechatTokenCache: true, secrets: ['session-secret', 'wechat-app-secret'] },
  // code2session; the invite and its user (GetItem); user + openid link + invite updated in one transaction
  redeemInvite: { table: ['GetItem'], inTransaction: ['UpdateItem'], secrets: ['session-secret', 'wechat-app-secret'] },
  // answers 404 in the cloud before touching the table, so it needs no table access at all
  devLogin: { secrets: SESSION },
  getMe: { table: ['GetItem'], secrets: SESSION },
  // Desk PC sign-in by scan (AP-28, PCLOGIN# items only): a conditional PutItem of the request;
  // the poll reads it (consistent), takes it with a conditional UpdateItem and reads the confirmer
  // and the hospital (GetItem) to issue the session; the confirmation is a conditional UpdateItem
  startPcLogin: { pcLoginRequests: true },
  pollPcLogin: { table: ['GetItem'], pcLoginRequests: true, secrets: SESSION },
  confirmPcLogin: { table: ['GetItem'], pcLoginRequests: true, secrets: SESSION },
  // answers from the configuration alone
  getSignInOptions: {},
  // QR label, asset (GetItem); place and ancestors (BatchGetItem); categories (Query on the table);
  // open tickets at the location (GSI5) and of the asset (GSI6); a guest's scan (PutItem, AP-70)
  lookupQr: { table: ['GetItem', 'BatchGetItem', 'Query', 'PutItem'], indexes: { GSI5: ['Query'], GSI6: ['Query'] }, secrets: SESSION },
  listCategories: { table: ['GetItem', 'Query'], secrets: SESSION },
  listLocations: { table: ['GetItem', 'Query'], secrets: SESSION },
  // idempotency record, hospital, category, QR label or location and asset in one BatchGetItem
  // (AP-11, AP-01, AP-02, AP-06, AP-04, AP-05); then at once: the rest of the place
  // (BatchGetItem, AP-04), the daily counter (UpdateItem ADD, AP-10), the duplicate check (open
  // tickets at the location, GSI5 AP-15, or of the asset, GSI6 AP-16) and, for auto/grab
  // dispatch, the hospital's users (Query on the table, AP-22); ticket + first event +
  // idempotency record + outbox in one transaction. A replay reads the ticket (GetItem AP-12);
  // auto-dispatch counts each technician's open jobs (GSI2 COUNT, AP-18) and assigns in a second
  // transaction. A guest's label scan (GetItem, AP-71)
  createTicket: REPORT_A_FAULT,
  // only signs a presigned POST for one key (no AWS call): what that POST may do is what this role may do
  createUpload: { table: ['GetItem'], secrets: SESSION, photos: ['PutObject'] },
  // scopes: mine (AP-14, GSI1), assigned (AP-18, GSI2), queue / pool / callbacks (AP-19, GSI3)
  // search: the search items (Query, AP-56) and their tickets (BatchGetItem), a place's tickets
  // (GSI5, AP-57), a device's (GSI6, AP-17)
  listTickets: {
    table: ['GetItem', 'Query', 'BatchGetItem'],
    indexes: { GSI1: ['Query'], GSI2: ['Query'], GSI3: ['Query'], GSI5: ['Query'], GSI6: ['Query'] },
    secrets: SESSION,
  },
  // AP-13: the ticket (GetItem) and its events (Query begins_with EV#), at once
  getTicket: { table: ['GetItem', 'Query'], secrets: SESSION, photos: ['GetObject'] },

  // Every ticket command: the ticket, the hospital, and what the command names (the technician
  // to assign, AP-07; the scanned label, AP-06; the ticket merged into; the ticket read again
  // after a lost grab race), all GetItem; one transaction. A new command needs no line here.
  ...ticketCommandGrants(),
  // + each completion photo copied to its kept key and checked there
  completeTicket: { ...TICKET_COMMAND, photos: ATTACH_PHOTOS, listPhotos: true },
  // the ticket's category (GetItem, AP-02: is a signature required?); the signature is attached as a photo is (copy, check, delete a refused copy)
  confirmTicket: { ...TICKET_COMMAND, photos: ATTACH_PHOTOS, listPhotos: true },
  // the job's spot check (GetItem AP-341) and its vendor's managers (Query AP-22); the check with the ticket's change (AP-345); photos as a completion's
  failSpotCheckTicket: { ...TICKET_COMMAND, table: ['GetItem', 'Query'], photos: ATTACH_PHOTOS, listPhotos: true },

  // ticket, hospital (GetItem); the hospital's users (Query on the table, AP-22); each
  // technician's open jobs (GSI2 COUNT, AP-18)
  listCandidates: { table: ['GetItem', 'Query'], indexes: { GSI2: ['Query'] }, secrets: SESSION },
  // AP-03 every location of the hospital (the initials were stored when each place was written)
  searchPlaces: { table: ['GetItem', 'Query'], secrets: SESSION },
  // AP-09 the devices at a place (GSI5)
  listPlaceAssets: { indexes: { GSI5: ['Query'] }, table: ['GetItem'], secrets: SESSION },
  // queue and callbacks due (GSI3, AP-19); each open ticket's timeline (Query on its partition,
  // AP-13) and the latest handovers (Query on the hospital partition)
  // (with the first page: the first callbacks owed, GSI3; the hospital's users, AP-22, for the incoming picker)
  getHandover: { table: ['GetItem', 'Query'], indexes: { GSI3: ['Query'] }, secrets: SESSION },
  // the next dispatcher (GetItem); the open tickets (GSI3); the handover record: one conditional
  // PutItem (attribute_not_exists), the only write outside a transaction besides the day counter
  recordHandover: { table: ['GetItem', 'PutItem'], indexes: { GSI3: ['Query'] }, secrets: SESSION },
  // the asset (GetItem AP-05), then its repair history (GSI6, AP-17)
  assetHistory: { table: ['GetItem'], indexes: { GSI6: ['Query'] }, secrets: SESSION },
  // open complaints (GSI3, CP#, AP-19)
  listComplaints: { table: ['GetItem'], indexes: { GSI3: ['Query'] }, secrets: SESSION },

  // Administration (contract/adminRoutes.ts): a single edit is one TransactWriteItems with a
  // version (or free-key) condition on the record and its QR label; imports batch-write. Every
  // write also puts its audit entries (domain/admin/audit), read "before" first (GetItem/BatchGetItem/Query).
  // the user; the new id and its parent (BatchGetItem AP-04); location + label in one transaction
  createLocation: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the location and its new parent (AP-04); on a move every location (AP-03) to carry descendants along; all in one transaction
  updateLocation: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  // the location (AP-04); its children (AP-03) and devices (GSI5, AP-09) must be gone; location + label in one transaction
  retireLocation: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], indexes: { GSI5: ['Query'] }, secrets: SESSION },
  // asset and category (GetItem); the location (AP-04); asset + label in one transaction
  createAsset: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  updateAsset: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the asset (GetItem); asset + label in one transaction
  retireAsset: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the category (GetItem); a conditional (create) or versioned (update, retire) Put in a transaction
  createCategory: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  updateCategory: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  retireCategory: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the user (GetItem), the home building (AP-04), the vendors (Query AP-301: a vendor's staff); a conditional or versioned Put in a transaction
  createUser: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  // a new phone number first unlinks (user + openid link updated in one transaction)
  updateUser: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem', 'UpdateItem'], secrets: SESSION },
  // the user (GetItem); a versioned Put in a transaction
  retireUser: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // the user and its current invite (GetItem AP-07, AP-26, AP-25); the new invite, the pointer and the old invite's revocation in one transaction
  issueInvite: { table: ['GetItem'], inTransaction: ['PutItem', 'UpdateItem'], secrets: SESSION },
  // the user and its current invite (GetItem); the revocation (a conditional Update in a transaction)
  revokeInvite: { table: ['GetItem'], inTransaction: ['UpdateItem', 'PutItem'], secrets: SESSION },
  // the user (GetItem); user + openid link updated in one transaction
  unlinkUser: { table: ['GetItem'], inTransaction: ['UpdateItem', 'PutItem'], secrets: SESSION },
  // the people screen: a filtered page of the hospital's users (Query AP-27)
  listUsers: { table: ['GetItem', 'Query'], secrets: SESSION },
  // every category of the hospital (AP-02)
  listAdminCategories: { table: ['GetItem', 'Query'], secrets: SESSION },
  // the user (GetItem)
  getUser: { table: ['GetItem'], secrets: SESSION },
  // a week of the rota (Query AP-150)
  listShifts: { table: ['GetItem', 'Query'], secrets: SESSION },
  // the user (GetItem); the person's week (AP-150), then deletes and puts in one transaction (AP-151)
  setUserShifts: { table: ['GetItem', 'Query'], inTransaction: ['PutItem', 'DeleteItem'], secrets: SESSION },
  // every location (AP-03)
  listAdminLocations: { table: ['GetItem', 'Query'], secrets: SESSION },
  // the device ledger: a filtered page of the hospital's assets (Query AP-140), the hospital's day for the warranty (AP-01)
  listAssets: { table: ['GetItem', 'Query'], secrets: SESSION },
  getAdminAsset: { table: ['GetItem'], secrets: SESSION },
  // the audit list (AP-142) or one record's entries (AP-141)
  listAudit: { table: ['GetItem', 'Query'], secrets: SESSION },
  // every user (AP-22)
  exportUsers: { table: ['GetItem', 'Query'], secrets: SESSION },
  // users (AP-22), locations (AP-03) and vendors (AP-301); then BatchWriteItem once the whole file is valid
  importUsers: { table: ['GetItem', 'Query', 'BatchWriteItem'], secrets: SESSION },
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
  qrLabels: { table: ['GetItem', 'Query'], secrets: ['session-secret', 'wechat-app-secret'], wechatTokenCache: true },
  // the same locations and assets, listed
  previewQrLabels: { table: ['GetItem', 'Query'], secrets: SESSION },

  // Reconcile (domain/reports/reconcilePeriod.ts): the hospital (GetItem); each day's number search
  // items (Query AP-56) and their tickets and markers (BatchGetItem AP-12, AP-72); the days'
  // aggregates (Query AP-40); a lost version's markers (BatchWriteItem), sheet line and open fault
  // (PutItem); each correction (conditional UpdateItem); the run (PutItem AP-73)
  reconcileReports: { table: ['GetItem', 'Query', 'BatchGetItem', 'BatchWriteItem', 'PutItem', 'UpdateItem'], secrets: SESSION },

  // Notifications (AP-50 inbox, AP-51 quotas, AP-53 dead letters): the caller (GetItem) and…
  // …ADD to each accepted template's quota (UpdateItem), then the quotas (Query on the hospital partition)
  recordSubscriptions: { table: ['GetItem', 'UpdateItem', 'Query'], secrets: SESSION },
  // the inbox page (Query, AP-50) and the unread counter (GetItem, AP-55)
  listNotifications: { table: ['GetItem', 'Query'], secrets: SESSION },
  // unread ones for "all" (Query, AP-50); marks (each conditional on unread) and the counter's
  // ADD −n in one transaction (UpdateItem in TransactWriteItems); the counter read back (GetItem)
  markNotificationsRead: { table: ['GetItem', 'Query'], inTransaction: ['UpdateItem'], secrets: SESSION },
  listDeadLetters: { table: ['GetItem', 'Query'], secrets: SESSION },
  // The letter read and put back due now (AP-81, dead-letter items only): the redrive sends it, so
  // this function never holds the WeChat secret.
  resendDeadLetter: { table: ['GetItem'], deadLetterItems: true, secrets: SESSION },

  // …and the latest reconcile run (GetItem AP-73)
  getDashboard: REPORT_WITH_CALLBACKS,
  assetReport: REPORT,
  technicianReport: REPORT,
  vendorReport: REPORT,
  departmentReport: REPORT,
  heatmapReport: REPORT,
  // …and the sheets of planned work: the period's work orders by month (GSI1, AP-209) and the staff's names (Query AP-22)
  monthlyReport: PLANNED_WORKBOOK,
  quarterlyReport: PLANNED_WORKBOOK,

  // Scheduled (no HTTP, so no session secret): due watches (GSI4, keys only, AP-20); each ticket
  // and its hospital (GetItem); the escalation as a ticket command's transaction
  // the tickets' and the planned work orders' deadlines (GSI4 SLA#, AP-20, AP-221): each order and its hospital's zone read (GetItem), its step written like a ticket's
  slaScanner: { table: ['GetItem'], inTransaction: ['PutItem'], indexes: { GSI4: ['Query'] } },
  // Nightly, no session: the same reads and repairs as reconcileReports, for the last two days
  reconciler: { table: ['GetItem', 'Query', 'BatchGetItem', 'BatchWriteItem', 'PutItem', 'UpdateItem'] },
  // Due letters (GSI4 REDRIVE, AP-82), each read (AP-81) and tried as the notifier delivers, then rewritten.
  notificationRedrive: { ...NOTIFY, indexes: { GSI4: ['Query'] }, secrets: ['wechat-app-secret'] },
  // Stream consumer (no session): a delivery (NOTIFY). Reads its stream, sends failed batches to
  // the dead-letter queue; the WeChat app secret for stable_token.
  notifier: {
    ...NOTIFY,
    stream: true,
    deadLetterQueue: 'NotifierDeadLetterQueue',
    secrets: ['wechat-app-secret'],
  },
  // Planned work measured (part SEE): the hospital's zone (GetItem AP-01) and the month's or the
  // week's work orders (GSI1, AP-209)
  plannedMonthReport: { table: ['GetItem'], indexes: { GSI1: ['Query'] }, secrets: SESSION },
  plannedCalendarReport: { table: ['GetItem'], indexes: { GSI1: ['Query'] }, secrets: SESSION },
  // the hospital (GetItem), the devices' aggregates of 90 days (Query AP-40), the faulted devices
  // (BatchGetItem AP-05), the categories (Query AP-02), the plans (Query AP-201), a suggested
  // type's devices (GSI1, AP-204)
  listPlanSuggestions: { table: ['GetItem', 'Query', 'BatchGetItem'], indexes: { GSI1: ['Query'] }, secrets: SESSION },
  // the aggregates' stream consumer: no session; the hospital's zone (GetItem); an asset's recent
  // faults (GSI6, AP-41); marker + ADDs + the ticket-sheet line + the device's open fault (put, or
  // deleted once confirmed) (+ a repeat-failure outbox item) in one transaction
  // + multi-team jobs settled from their parts' versions (issue 16): the job and each part (GetItem),
  // the job's parts (GSI1, AP-385); job + job_done outbox in one transaction (AP-386)
  aggregator: {
    table: ['GetItem'],
    inTransaction: ['PutItem', 'UpdateItem', 'DeleteItem'],
    indexes: { GSI6: ['Query'], GSI1: ['Query'] },
    stream: true,
    deadLetterQueue: 'AggregatorDeadLetterQueue',
  },
  // Planned work (AP-200..209). Plans: the caller (GetItem); a page of plans (Query AP-201); one (GetItem AP-200).
  // Multi-team jobs (issue 16, AP-380..387). Templates: the hospital's (Query AP-380), the place a
  // start sheet names (GetItem: label, location); one (GetItem AP-381); written with the audit in one
  // transaction (AP-382), after the categories (Query). A start: the key's item and job (GetItem
  // AP-384), template and place (GetItem, BatchGetItem), job + key in one transaction, then each part
  // as a report is made (createTicket's reads and writes). A job: GetItem + its parts (GSI1, AP-385).
  listJobTemplates: { table: ['GetItem', 'BatchGetItem', 'Query'], secrets: SESSION },
  createJobTemplate: { table: ['GetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  updateJobTemplate: { table: ['GetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  retireJobTemplate: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  startJob: { ...REPORT_A_FAULT, indexes: { ...REPORT_A_FAULT.indexes, GSI1: ['Query'] } },
  getJob: { table: ['GetItem'], indexes: { GSI1: ['Query'] }, secrets: SESSION },
  listPlans: { table: ['GetItem', 'Query'], secrets: SESSION },
  getPlan: { table: ['GetItem'], secrets: SESSION },
  // The hospital, category, technician, target (GetItem, BatchGetItem for a round's places; Query
  // GSI1 for a type's devices, AP-204), then the plan + its meter link (put or deleted) + its audit
  // entries in one transaction
  createPlan: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem', 'DeleteItem'], indexes: { GSI1: ['Query'] }, secrets: SESSION },
  updatePlan: { table: ['GetItem', 'BatchGetItem'], inTransaction: ['PutItem', 'DeleteItem'], indexes: { GSI1: ['Query'] }, secrets: SESSION },
  retirePlan: { table: ['GetItem'], inTransaction: ['PutItem', 'DeleteItem'], secrets: SESSION },
  // The device and hospital (GetItem); its meter plans (Query AP-203, BatchGetItem); per crossing
  // the order: exists? (GetItem), its number (UpdateItem AP-207), order + event + notice (transaction);
  // the team's technicians (Query); the plan's reading (transaction, version condition)
  recordMeterReading: { table: ['GetItem', 'BatchGetItem', 'Query', 'UpdateItem'], inTransaction: ['PutItem', 'DeleteItem'], secrets: SESSION },
  // Scheduled, no session: the due plans (GSI4 PLANDUE#, keys only, AP-202), each plan and its
  // hospital (GetItem), its devices (GetItem, BatchGetItem, GSI1 by type AP-204), the team (Query),
  // then per order as recordMeterReading, and the plan moved on (transaction, version condition)
  plannedWorkGenerator: { table: ['GetItem', 'BatchGetItem', 'Query', 'UpdateItem'], inTransaction: ['PutItem', 'DeleteItem'], indexes: { GSI1: ['Query'], GSI4: ['Query'] } },
  // Cloud only, no session: the stream consumers' dead-letter queues (its SQS event source polls
  // with this role: receive, delete, queue attributes), the failed batch read back from the stream
  // at its sequence numbers (GetShardIterator, GetRecords: no DescribeStream, it is told the shard),
  // one PutItem per dead-letter item, allowed only with the dead-letter item's attributes.
  deadLetterRecorder: {
    streamRecords: true,
    queues: ['NotifierDeadLetterQueue', 'AggregatorDeadLetterQueue'],
    deadLetterItems: true,
  },
  // Vendors (issue 16, VORG, AP-300..302). Reads: the caller (GetItem), the hospital's zone for
  // "active" (GetItem), the register (Query AP-301) or one entry (GetItem AP-300). A save: the
  // entry, the hospital, the categories (Query) and buildings (BatchGetItem) it names, the other
  // vendors (Query AP-301), then the entry + its audit entries in one transaction (AP-302).
  listVendors: { table: ['GetItem', 'Query'], secrets: SESSION },
  getVendor: { table: ['GetItem'], secrets: SESSION },
  createVendor: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  updateVendor: { table: ['GetItem', 'BatchGetItem', 'Query'], inTransaction: ['PutItem'], secrets: SESSION },
  retireVendor: { table: ['GetItem'], inTransaction: ['PutItem'], secrets: SESSION },
  // Vendor scorecard (issue 16, VSCORE, AP-320..323): the caller, the hospital's zone and the vendor
  // (GetItem); the month's tickets (GSI7), its spot checks and disputes (Query), its planned work
  // (GSI1 AP-209); the workbook also the categories' names (Query AP-02).
  getVendorScorecard: { table: ['GetItem', 'Query'], indexes: { GSI1: ['Query'], GSI7: ['Query'] }, secrets: SESSION },
  listVendorTickets: { table: ['GetItem'], indexes: { GSI7: ['Query'] }, secrets: SESSION },
  vendorScorecardWorkbook: { table: ['GetItem', 'Query'], indexes: { GSI1: ['Query'], GSI7: ['Query'] }, secrets: SESSION },
  ...workOrderGrants(),
  ...spotCheckGrants(),
  ...incidentGrants(),
} as const satisfies Record<RouteName | ConsumerName, Access>;
