import type { IncidentLinkRecord } from './incidents/records';
import type { JobRecord } from './jobs/records';
import type { AuditRecord } from './admin/audit/auditRecord';
import type { AuditKind } from '../contract/audit';
import type { LimitCharge } from './limits/reportLimits';
import type { BurstCounter, BurstGroup, GroupedAlert } from './limits/reportBurst';
import type {
  AssetRecord,
  CategoryRecord,
  Hospital,
  IdempotencyRecord,
  InviteRecord,
  LocationRecord,
  OpenidLink,
  Page,
  PageRequest,
  QrCodeRecord,
  TicketEventRecord,
  TicketRecord,
  UserRecord,
  LabelScanRecord,
  HandoverRecord,
  ShiftEntryRecord,
} from './records';
import type { NotificationIntent, NotificationKind } from './notifications';
import type { Role, TicketStatus } from '../contract/enums';
import type { UserKind } from './records';
import type { VendorRecord } from './vendors/records';
import type { TicketChange } from './tickets/lifecycle';

/** Small interfaces the domain needs; adapters/ implements them for DynamoDB and WeChat. */

export interface Clock {
  now(): Date;
}

export interface CatalogRepository {
  getHospital(hospitalId: string): Promise<Hospital | null>;
  listCategories(hospitalId: string): Promise<CategoryRecord[]>;
  getCategory(hospitalId: string, code: string): Promise<CategoryRecord | null>;
  listLocations(hospitalId: string): Promise<LocationRecord[]>;
  /** Missing ids are left out of the answer. */
  getLocations(hospitalId: string, ids: readonly string[]): Promise<LocationRecord[]>;
  getAsset(hospitalId: string, assetId: string): Promise<AssetRecord | null>;
  getQrCode(hospitalId: string, code: string): Promise<QrCodeRecord | null>;
  /** AP-04 + AP-05: locations and assets by ids in one BatchGetItem; missing ids are left out. */
  getPlaceParts(hospitalId: string, wanted: PlacePartIds): Promise<PlaceParts>;
}

export interface PlacePartIds {
  locationIds: string[];
  assetIds: string[];
}

/** Locations and assets read so far, by id. */
export interface PlaceParts {
  locations: ReadonlyMap<string, LocationRecord>;
  assets: ReadonlyMap<string, AssetRecord>;
}

/** What a new report names, read in one round trip (see TicketRepository.readForReport). */
export interface ReportKeys {
  idempotency: { userId: string; key: string };
  /** The reporter's limit counters, read with the rest so a full window refuses before anything is written. */
  limitCharges?: readonly LimitCharge[];
  categoryCode: string;
  qrCode?: string;
  place: PlacePartIds;
}

export interface ReportRecords extends PlaceParts {
  idempotency: IdempotencyRecord | null;
  hospital: Hospital | null;
  category: CategoryRecord | null;
  qr: QrCodeRecord | null;
  /** The counts of `limitCharges`, in their order (0 for a window not yet used). */
  limitCounts: number[];
}

/** What a report writes besides the ticket, in the same transaction: its limit counters and its burst. */
export interface ReportGuards {
  /** Each counted only while under its cap: a full one refuses the report (TooManyReportsError). */
  limitCharges?: readonly LimitCharge[];
  /** The burst the report counts in, and the grouped alert it raises or refreshes (null: it alerts as usual). */
  burst?: { group: BurstGroup; alert: GroupedAlert | null };
  /** The open major incident the report is about (issue 16): its link item goes in the report's transaction. */
  incidentLink?: IncidentLinkRecord;
}

/** Bulk writes of reference data: the demo seed and (later) the admin import. */
export interface CatalogWriter {
  putHospital(hospital: Hospital): Promise<void>;
  putCategories(categories: readonly CategoryRecord[]): Promise<void>;
  putLocations(locations: readonly LocationRecord[]): Promise<void>;
  putAssets(assets: readonly AssetRecord[]): Promise<void>;
  putQrCodes(codes: readonly QrCodeRecord[]): Promise<void>;
  putUsers(users: readonly UserRecord[]): Promise<void>;
  /** Vendors with their contracts (issue 16), as the register stores them. */
  putVendors(vendors: readonly VendorRecord[]): Promise<void>;
}

/** Handovers at shift change (交接班): append-only records. */
export interface HandoverRepository {
  record(handover: HandoverRecord): Promise<void>;
  listRecent(hospitalId: string, limit: number): Promise<HandoverRecord[]>;
}

export interface UserRepository {
  getUser(hospitalId: string, userId: string): Promise<UserRecord | null>;
  /** AP: every user of a hospital (candidates for dispatch, the desk on shift): one Query. */
  listUsers(hospitalId: string): Promise<UserRecord[]>;
  /** AP-08: whom a WeChat account signs in as in one hospital (null: it never signed in there). */
  getOpenidLink(openid: string, hospitalId: string): Promise<OpenidLink | null>;
  /** AP-24: every hospital a WeChat account signs in to (one Query of a few items). */
  listOpenidLinks(openid: string): Promise<OpenidLink[]>;
  /** The account's guest in the guest's hospital, created once: when another sign-in created it first, that one. */
  createGuest(guest: UserRecord & { openid: string }): Promise<UserRecord>;
  /**
   * Links a staff record to a WeChat account, all or nothing: the record (not retired, not linked
   * to another account; its version goes up), the account's link in that hospital (at most one
   * staff record), and the invite it redeems, if any (unused, unrevoked, unexpired at `at`).
   * StaffLinkRefusedError names the condition that failed.
   */
  linkStaff(user: UserRecord, openid: string, invite?: { code: string; at: Date }): Promise<UserRecord>;
  /** Ends a staff record's WeChat link and its sessions (tokenVersion + 1), if it is still at the version read; ConflictError otherwise. */
  unlinkStaff(user: UserRecord & { openid: string }): Promise<UserRecord>;
  /** AP-27: a page of the hospital's staff (never guests) matching the filters, by id. */
  pageUsers(hospitalId: string, filters: UserListFilters, page: PageRequest): Promise<Page<UserRecord>>;
}

/** The dated shift rota (排班) of a hospital. */
export interface ShiftRepository {
  /** AP-150: every shift starting from `fromDay` to `toDay` (YYYY-MM-DD, both included): a week's rota, or yesterday and today for "on shift now". */
  listBetween(hospitalId: string, fromDay: string, toDay: string): Promise<ShiftEntryRecord[]>;
  /** AP-151: one person's shifts of a week replace their previous ones, in one transaction. */
  replaceWeek(hospitalId: string, userId: string, week: { fromDay: string; toDay: string }, entries: readonly ShiftEntryRecord[]): Promise<void>;
}

/** The people screen's search: every given filter must match. */
export interface UserListFilters {
  /** Part of the name, the phone number or the id (case as written). */
  text?: string;
  role?: Role;
  /** The exact team or department on the record. */
  team?: string;
  department?: string;
  /** Linked to a WeChat account, or not. */
  linked?: boolean;
  retired?: boolean;
  /** One vendor's staff (issue 16). */
  vendorId?: string;
}

export type StaffLinkRefusal = 'account_has_staff' | 'record_changed' | 'invite_unusable';

/** A condition of linkStaff did not hold (someone else was faster, or the invite is spent). */
export class StaffLinkRefusedError extends Error {
  constructor(readonly reason: StaffLinkRefusal) {
    super(`staff link refused: ${reason}`);
    this.name = 'StaffLinkRefusedError';
  }
}

/** One-time invite codes of staff records. */
export interface InviteRepository {
  /** AP-25 */
  get(code: string): Promise<InviteRecord | null>;
  /** AP-26: the staff record's current invite, if any (used, revoked and expired ones included). */
  currentOf(hospitalId: string, userId: string): Promise<InviteRecord | null>;
  /** Writes a new invite and makes it the record's current one, revoking `previous` (if still open) in the same transaction; ConflictError if another issue won. */
  issue(invite: InviteRecord, previous: InviteRecord | null): Promise<void>;
  /** Marks an open invite revoked; an invite already used or revoked is left as it is. */
  revoke(invite: InviteRecord, at: Date): Promise<void>;
}

/** The labels a guest scanned: one small expiring item per guest × label, read by exact key only. */
export interface LabelScanRepository {
  /** Remember (or refresh) a scan until its `expiresAt`. */
  recordScan(scan: LabelScanRecord): Promise<void>;
  /** The scan of this label by this user, if any (expired ones included: DynamoDB's TTL is lazy, the caller compares). */
  getScan(hospitalId: string, userId: string, code: string): Promise<LabelScanRecord | null>;
}

export class IdempotencyKeyTakenError extends Error {
  constructor() {
    super('idempotency key already used');
    this.name = 'IdempotencyKeyTakenError';
  }
}

/** What a desk search looks for: the start of a ticket number, a phone number (digits) or a person's name. */
export interface SearchToken {
  kind: 'number' | 'phone' | 'name';
  prefix: string;
}

export interface DeskQueueFilters {
  status?: TicketStatus;
  category?: string;
  /** A building (or floor, or campus): any ancestor of the ticket's location. */
  building?: string;
  /** Overdue: breached at this instant by the rule of domain/sla/timeState.ts (a held ticket is paused, not overdue). */
  overdue?: { value: boolean; at: Date };
  inGrabPool?: boolean;
}

/** WeChat's verdict on a text (msg_sec_check): `pass`, or held for a person to look at. */
export interface ContentVerdict {
  suggest: 'pass' | 'review' | 'risky';
  label: number;
}

export interface ContentChecker {
  /** Null when no verdict could be had (not configured, WeChat unavailable): a report is never blocked by the check. */
  check(text: string, openid: string): Promise<ContentVerdict | null>;
}

export interface TicketRepository {
  /** The next number of the hospital's day, from 1; atomic across concurrent callers. */
  nextDailyNumber(hospitalId: string, day: string): Promise<number>;
  findIdempotency(hospitalId: string, userId: string, key: string): Promise<IdempotencyRecord | null>;
  /**
   * The first read of a report, one BatchGetItem: the key's idempotency record (AP-11), the
   * hospital (AP-01), the category (AP-02), the scanned label (AP-06) and the named location and
   * device (AP-04, AP-05). Missing ones are null or left out.
   */
  readForReport(hospitalId: string, wanted: ReportKeys): Promise<ReportRecords>;
  /** Ticket, first event, its notifications and the idempotency record in one transaction; IdempotencyKeyTakenError if the key won a race. */
  create(ticket: TicketRecord, event: TicketEventRecord, idempotency: IdempotencyRecord, notifications: readonly NotificationIntent[], guards?: ReportGuards): Promise<void>;
  /** AP-61 the burst counter of a place and category in a window (null: no report yet). */
  readBurstCounter(hospitalId: string, group: BurstGroup): Promise<BurstCounter | null>;
  /**
   * Writes changes of one or more tickets in one transaction: each ticket only if its version is
   * still the one the change was made from (else ConflictError: someone else was faster), each
   * event, each notification as an outbox item. All or nothing. With `idempotency` (a command
   * sent with an Idempotency-Key) its record too, only if the key is new (else ConflictError).
   */
  applyChanges(changes: readonly TicketChange[], idempotency?: IdempotencyRecord): Promise<void>;
  get(hospitalId: string, ticketId: string): Promise<TicketRecord | null>;
  getWithEvents(hospitalId: string, ticketId: string): Promise<{ ticket: TicketRecord; events: TicketEventRecord[] } | null>;
  /** AP: tickets by reporter, newest first. */
  /** A reporter's tickets and, one line each, the multi-team jobs they started (issue 16: their parts are listed under the job). */
  listByReporter(hospitalId: string, reporterId: string, page: PageRequest): Promise<Page<TicketRecord | JobRecord>>;
  /** AP: open tickets at a location (the room scanned). */
  listOpenAtLocation(hospitalId: string, locationId: string): Promise<TicketRecord[]>;
  /** AP: open tickets of an asset. */
  listOpenForAsset(hospitalId: string, assetId: string): Promise<TicketRecord[]>;
  /** AP-17: the repair history of an asset, open ones first, newest first. */
  listAssetHistory(hospitalId: string, assetId: string, page: PageRequest): Promise<Page<TicketRecord>>;
  /** AP-18: a technician's tickets; open ones only when asked. */
  listByAssignee(hospitalId: string, userId: string, openOnly: boolean, page: PageRequest): Promise<Page<TicketRecord>>;
  countOpenByAssignee(hospitalId: string, userId: string): Promise<number>;
  /** AP-19: every unfinished ticket of the hospital, most urgent first (bounded by unfinished work, not by history). */
  listDeskQueue(hospitalId: string): Promise<TicketRecord[]>;
  /** AP-19, a page at a time, filtered in the database (the desk's queue screen). */
  pageDeskQueue(hospitalId: string, filters: DeskQueueFilters, page: PageRequest): Promise<Page<TicketRecord>>;
  /** AP-19 (CB#): a page of the callbacks owed for tickets completed since `since`, the longest waiting first, with their total. */
  pageCallbacksDue(hospitalId: string, since: Date, page: PageRequest): Promise<Page<TicketRecord>>;
  /** AP-19 (CB#, Select COUNT): tickets completed in [completedFrom, completedBefore) still owed a callback (the reports' "not called back"). */
  countCallbacksOwed(hospitalId: string, completedFrom: string, completedBefore: string, filter: { category?: string | undefined; building?: string | undefined }): Promise<number>;
  /** AP-56: tickets by a search token (a number, phone or name, or the start of one), newest first. */
  searchByToken(hospitalId: string, token: SearchToken, page: PageRequest): Promise<Page<TicketRecord>>;
  /** AP-57: every ticket at a location, open ones first, newest first. */
  listAtLocation(hospitalId: string, locationId: string, page: PageRequest): Promise<Page<TicketRecord>>;
  /** AP-19, a page of the open complaints (a step still to record), oldest first. */
  pageOpenComplaints(hospitalId: string, page: PageRequest): Promise<Page<TicketRecord>>;
  /** AP-20: tickets whose watch is due, across hospitals, oldest due first (at most `limit` per shard). */
  listDueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; ticketId: string }[]>;
}

export interface WeChatSession {
  openid: string;
  unionid: string | null;
}

export interface WeChatAuth {
  /** code2session; throws UnauthorizedError for a bad/used code, RateLimitedError when WeChat says too frequent. */
  exchangeCode(code: string): Promise<WeChatSession>;
}

/** The verified mobile number of a WeChat user (getuserphonenumber). */
export interface VerifiedPhone {
  /** With the country code, e.g. +8613800138000. */
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}

export interface WeChatPhoneNumbers {
  /** The phone button's one-time code → the number WeChat verified; UnauthorizedError for a bad or used code, RateLimitedError when WeChat is busy or says too frequent. */
  verifiedPhone(phoneCode: string): Promise<VerifiedPhone>;
}

export interface SessionClaims {
  userId: string;
  hospitalId: string;
  /** The user's tokenVersion when the session began: a later retirement or unlink raises the user's and ends it. */
  tokenVersion: number;
  /** Staff and guests have different maximum session ages. */
  kind: UserKind;
}

export interface SessionTokens {
  /** A token valid for the kind's session length (never beyond its maximum age). */
  issue(claims: SessionClaims, now: Date): Promise<{ token: string; expiresAt: Date }>;
  /** Throws UnauthorizedError when the token is bad, expired, lacks exp/iat, or is older than its kind's maximum age. */
  verify(token: string, now: Date): Promise<SessionClaims>;
}

/** A presigned S3 POST: the form fields to send before the file, and until when they work. */
export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
  expiresAt: Date;
}

/** What S3 tells about a stored photo. */
export interface StoredPhoto {
  sizeBytes: number;
  contentType: string | null;
}

/** Photos in S3: uploads go straight from the app to S3 (never through Lambda), reads by short URLs. */
export interface PhotoStore {
  /** A POST policy for exactly this key and content type, 1..maxBytes bytes. */
  presignUpload(input: { key: string; contentType: string; maxBytes: number; expiresInSeconds: number; metadata?: Record<string, string> }): Promise<PresignedUpload>;
  presignRead(key: string, expiresInSeconds: number): Promise<string>;
  /**
   * Copies an upload to the key it is kept under and reads back the copy's size, stored type
   * and first `firstBytes` bytes (CopyObject, then one ranged GetObject of the copy, which no
   * one else can write); null when there is no such upload.
   */
  keep(uploadKey: string, keptKey: string, firstBytes: number): Promise<KeptPhoto | null>;
  /** Deletes a kept copy that turned out not to be a photo. */
  discard(keptKey: string): Promise<void>;
}

export interface KeptPhoto extends StoredPhoto {
  firstBytes: Uint8Array;
}

/* ---- Notifications (outbox → in-app + WeChat subscribe messages) ---- */

/** An outbox item as the notifier reads it from the table's stream. */
export interface OutboxItem {
  hospitalId: string;
  ticketId: string;
  /** Unique within the ticket: `<event seq>-<n>`; with the ticket id it names the item. */
  outboxId: string;
  kind: NotificationKind;
  userIds: string[];
  roles: Role[];
  onShiftOnly: boolean;
  eventSeq: number;
  eventType: string;
  createdAt: string;
  /** A burst's grouped alert: what it counts (limits/reportBurst.ts). */
  group?: GroupedAlertFacts;
  /** The item was rewritten (a grouped alert counting one more report): refresh what was delivered, send nothing again. */
  refresh?: boolean;
  /**
   * A planned work order's item (issue 15): `ticketId` then holds the order's id, and these are
   * the words its messages show (there is no ticket to read them from).
   */
  workOrder?: WorkOrderFacts;
  /** A major incident's item (issue 16): `ticketId` then holds the incident's id; these are the words its messages show. */
  incident?: IncidentFacts;
  /** A multi-team job's item (issue 16, job_done): `ticketId` then holds the job's id; its name and place. */
  job?: JobFacts;
}

/** What a major incident's notification shows: its number, grade, title and affected places. */
export interface IncidentFacts {
  number: string;
  grade: string;
  title: string;
  where: string;
}

/** What a multi-team job's notification shows: the template's name and the place. */
export interface JobFacts {
  name: string;
  where: string;
}

/** What a planned work order's notification shows: its number, plan and first checkpoint, and its closing day. */
export interface WorkOrderFacts {
  number: string;
  planName: string;
  where: string;
  closesOn: string;
}

export type GroupedAlertFacts = Pick<GroupedAlert, 'reports' | 'windowMinutes' | 'locationId' | 'locationName' | 'categoryName'>;

export interface InAppNotification {
  hospitalId: string;
  userId: string;
  /** Derived from the outbox item (sortable by time), so a retried batch writes the same one. */
  id: string;
  kind: NotificationKind;
  ticketId: string;
  ticketNumber: string | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

/** The user's inbox counter: `arrived` grows by one with every new notification, never shrinks. */
export interface InboxState {
  unread: number;
  arrived: number;
}

/** sending: quota taken, WeChat not yet known to have it (a retry sends without taking quota again). */
export type DeliveryStatus = 'sending' | 'sent' | 'not_subscribed' | 'no_openid' | 'failed';

export interface DeliveryRecord {
  hospitalId: string;
  ticketId: string;
  outboxId: string;
  userId: string;
  templateId: string | null;
  status: DeliveryStatus;
  at: string;
  msgid?: number;
  errcode?: number;
}

export interface SubscriptionQuota {
  templateId: string;
  /** One-time subscriptions: messages still allowed. */
  remaining: number;
  /** A long-term subscription was accepted: every message is allowed until WeChat says 43101. */
  longTerm: boolean;
}

/** A stream record that kept failing: the desk sees it and can act by hand. */
/** A redrivable letter: being retried on its backoff, given up (the desk may resend it), or delivered after all. */
export type DeadLetterState = 'retrying' | 'given_up' | 'delivered';
/** Why the last send did not arrive: WeChat said busy (not sent), no answer came (maybe sent), or another refusal. */
export type DeliveryFailure = 'busy' | 'unanswered' | 'failed';

export interface DeadLetter {
  hospitalId: string;
  id: string;
  /** When the letter's notification was raised (a stream letter: when its batch was given up); part of its key. */
  at: string;
  ticketId: string | null;
  kind: string | null;
  attempts: number;
  error: string;
  /** The outbox item to deliver again; absent or null: nothing to redrive (an aggregator record: the reconcile job repairs those). */
  outboxId?: string | null;
  /** One recipient's WeChat message; absent or null: the whole outbox item (a stream record set aside). */
  userId?: string | null;
  /** Absent on letters written before redrives existed: shown, never redriven. */
  state?: DeadLetterState;
  /** When the redrive tries next (state `retrying`). */
  nextAttemptAt?: string | null;
  lastFailure?: DeliveryFailure | null;
  /** Sends made again after an unanswered one: each may have been a duplicate (counted, metric NotificationResends). */
  resends?: number;
}

export interface NotificationRepository {
  /** Idempotent: writing the same notification twice leaves one (`refreshText`: with the new title and body, its read state kept). */
  putInApp(notification: InAppNotification, options?: { refreshText?: boolean }): Promise<void>;
  listInApp(hospitalId: string, userId: string, page: PageRequest): Promise<Page<InAppNotification>>;
  countUnread(hospitalId: string, userId: string): Promise<number>;
  /** The bell's state in one read: the unread count and how many notifications ever arrived (the live poll's cursor). */
  readInboxState(hospitalId: string, userId: string): Promise<InboxState>;
  /** Marks the given notifications (or all unread ones) read. */
  markRead(hospitalId: string, userId: string, ids: readonly string[] | 'all', at: string): Promise<void>;
  /** One more message allowed per accepted template (one-time subscription). */
  addQuota(hospitalId: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]>;
  /** Accepted long-term templates: messages allowed until the user turns them off (WeChat's 43101). */
  grantLongTerm(hospitalId: string, userId: string, templateIds: readonly string[]): Promise<SubscriptionQuota[]>;
  listQuotas(hospitalId: string, userId: string): Promise<SubscriptionQuota[]>;
  /** WeChat said 43101: the user has no subscription left for this template (one-time or long-term). */
  zeroQuota(hospitalId: string, userId: string, templateId: string): Promise<void>;
  getDelivery(hospitalId: string, ticketId: string, outboxId: string, userId: string): Promise<DeliveryRecord | null>;
  /**
   * Takes one quota and records the delivery as `sending`, at once (one transaction):
   * `no_quota` when none is left (nothing written), `exists` when a delivery record is already there.
   */
  reserveDelivery(record: DeliveryRecord, options?: { longTerm?: boolean }): Promise<'reserved' | 'no_quota' | 'exists'>;
  /** Writes a final outcome; a record that is already final is left alone. */
  finishDelivery(record: DeliveryRecord): Promise<void>;
  /** Written once per key: a replayed record or a redelivered failure message leaves the letter (and its redrive schedule) as it is. */
  putDeadLetter(letter: DeadLetter): Promise<void>;
  listDeadLetters(hospitalId: string, limit: number): Promise<DeadLetter[]>;
  getDeadLetter(hospitalId: string, at: string, id: string): Promise<DeadLetter | null>;
  /** Rewrites a letter (its state, next attempt, counts); a `retrying` one is findable by the redrive, others are not. */
  updateDeadLetter(letter: DeadLetter): Promise<void>;
  /** Letters whose next attempt is due, of every hospital, oldest due first. */
  listDueDeadLetters(now: Date, limit: number): Promise<{ hospitalId: string; at: string; id: string }[]>;
  /** The outbox item as written with its ticket's change (kept with the ticket), or null. */
  getOutboxItem(hospitalId: string, ticketId: string, outboxId: string): Promise<OutboxItem | null>;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, string>;
}

/** WeChat's answer: errcode 0 with a msgid, or an error code. No answer in time throws UnansweredDeliveryError. */
export interface SendAnswer {
  errcode: number;
  errmsg: string;
  msgid?: number;
}

export interface SubscribeMessenger {
  send(message: SubscribeMessage): Promise<SendAnswer>;
}

/** A failure worth trying again later (timeouts, WeChat busy, throttling). */
/** A mini-program code (getwxacodeunlimit): the image WeChat draws for a scene and page. */
export interface MiniProgramCode {
  bytes: Uint8Array;
  /** As WeChat labels it, e.g. image/jpeg; embedders should sniff the bytes. */
  contentType: string;
}

export interface MiniProgramCodes {
  /** The code that opens `page` (no leading /, no query) with `scene` (≤ 32 chars); throws MiniProgramCodeError when WeChat refuses. */
  codeFor(scene: string, page: string): Promise<MiniProgramCode>;
}

/** WeChat answered a code request with an error (JSON instead of an image). */
export class MiniProgramCodeError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat getwxacodeunlimit failed: ${errcode} ${errmsg}`);
    this.name = 'MiniProgramCodeError';
  }
}

export class TransientDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientDeliveryError';
  }
}

/**
 * A send that got no answer in time (a timeout, a connection broken after the request went out):
 * WeChat may have delivered it, and its send has no idempotency key, so it is not resent at once.
 */
export class UnansweredDeliveryError extends TransientDeliveryError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnansweredDeliveryError';
  }
}

/** A reference-data record to write, tagged with what it is. */
export type CatalogEntity =
  | { kind: 'location'; record: LocationRecord }
  | { kind: 'asset'; record: AssetRecord }
  | { kind: 'category'; record: CategoryRecord }
  | { kind: 'user'; record: UserRecord }
  | { kind: 'qr'; record: QrCodeRecord }
  /** An entry of the admin audit trail (domain/admin/audit), written with the change it records. */
  /** `listed: false`: kept with its record only (an import's rows), not copied into the hospital's list. */
  | { kind: 'audit'; record: AuditRecord; listed?: boolean };

/** absent: a create (the key must be free); version: an update of the version read (0: written before versioning). */
export type WriteExpectation = 'absent' | { version: number } | 'any';

export interface CatalogWrite {
  entity: CatalogEntity;
  expect: WriteExpectation;
}

/** Administration of reference data: checked writes of single edits, bulk writes of imports. */
export interface CatalogAdmin {
  /** One transaction (at most 100 writes): all or nothing; ConflictError when a condition fails (stale version, taken key). */
  write(writes: readonly CatalogWrite[]): Promise<void>;
  /** Imports: unconditional puts, 25 per request; the caller validated the whole file first. */
  putMany(entities: readonly CatalogEntity[]): Promise<void>;
  /** AP-31 every asset of a hospital (the ledger export, imports). */
  listAssets(hospitalId: string): Promise<AssetRecord[]>;
  /** AP-09 assets at a location. */
  listAssetsAtLocation(hospitalId: string, locationId: string): Promise<AssetRecord[]>;
  /** AP-32 every QR label of a hospital (code uniqueness in imports). */
  listQrCodes(hospitalId: string): Promise<QrCodeRecord[]>;
  /** AP-140: a page of the device ledger matching the filters, by id. */
  pageAssets(hospitalId: string, filters: AssetLedgerFilters, page: PageRequest): Promise<Page<AssetRecord>>;
  /** AP-141 (one record's entries) or AP-142 (the hospital's, optionally of some kinds): newest first. */
  pageAudit(hospitalId: string, filters: AuditFilters, page: PageRequest): Promise<Page<AuditRecord>>;
}

/** The device ledger's search: every given filter must match. */
export interface AssetLedgerFilters {
  /** Part of the name, id, serial or model (case as written). */
  text?: string;
  buildingId?: string;
  type?: string;
  categoryCode?: string;
  vendor?: string;
  /** Against `today` (yyyy-mm-dd, the hospital's day). */
  warranty?: { state: 'in' | 'out' | 'unknown'; today: string };
  lifeSupport?: boolean;
  retired?: boolean;
}

/** One record's entries (kind and recordId), or the list of the given kinds. */
export type AuditFilters = { kind: AuditKind; recordId: string } | { kinds: readonly AuditKind[] };
