import type { LocationType, Role, RoomUse, TicketChannel, TicketStatus, Urgency } from '../contract/enums';
import type { TicketEventType } from '../contract/lifecycle';
import type { SlaPolicy } from '../contract/catalog';
import type { LifecyclePolicy } from './tickets/policy';
import type { ReportLimits } from './limits/reportLimits';

/** What the domain stores. Every record names its hospital: hospitals never see each other. */
export interface Hospital {
  id: string;
  name: string;
  /** IANA zone for the hospital's calendar day (ticket numbers, reports). */
  timezone: string;
  /** Ticket number prefix, e.g. BX → BX20261123-0042. */
  ticketPrefix: string;
  /** Overrides of the lifecycle's time rules (reopen window, auto-confirm, escalation, complaint clocks). */
  policy?: Partial<LifecyclePolicy>;
  /** Overrides of the report limits and the grouped-alert rule (limits/reportLimits.ts has the defaults). */
  limits?: Partial<ReportLimits>;
}

export interface LocationRecord {
  hospitalId: string;
  id: string;
  name: string;
  type: LocationType;
  parentId: string | null;
  /** Ancestor ids from the campus down to the parent (not including itself). */
  ancestorIds: string[];
  roomUse: RoomUse | null;
  qrCode: string | null;
  /** Optimistic concurrency of admin edits (absent on records written before versioning: 0). */
  version?: number;
  /** Retired by an administrator: kept for history, hidden from pickers, its label answers "retired". */
  retired?: boolean;
  /** Pinyin initials of the name (心内科 → xnk), stored when the place is written, for the desk's place search. */
  initials?: string;
}

export interface AssetRecord {
  hospitalId: string;
  id: string;
  name: string;
  type: string;
  model: string | null;
  serial: string | null;
  vendor: string | null;
  installDate: string | null;
  categoryCode: string;
  lifeSupport: boolean;
  locationId: string;
  /** The building the device stands in (the ledger's building filter); absent on records written before it. */
  buildingId?: string | null;
  qrCode: string | null;
  /** Ledger fields (设备档案): end of the vendor's warranty, preventive maintenance every n days. */
  warrantyEnd?: string | null;
  maintenanceCycleDays?: number | null;
  /** Optimistic concurrency of admin edits (absent on records written before versioning: 0). */
  version?: number;
  /** Retired by an administrator: kept for history, hidden from pickers, its label answers "retired". */
  retired?: boolean;
}

export interface CategoryRecord {
  hospitalId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  team: string;
  sla: SlaPolicy;
  /** Bilingual phrases a reporter taps instead of typing (records written before were Chinese only: read as both). */
  quickPhrases: QuickPhrase[];
  /** The reporting department signs the confirmation on screen (签字确认); absent: not required. */
  signatureRequired?: boolean;
  /** Categories offered for a room scan; device-only ones (e.g. elevator) only when their device is scanned. */
  offeredForRooms: boolean;
  /** manual: the desk assigns; auto: the top candidate is assigned at submit; grab: offered to qualified technicians on shift (抢单). */
  dispatchMode?: DispatchMode;
  /** Optimistic concurrency of admin edits (absent on records written before versioning: 0). */
  version?: number;
  /** Retired by an administrator: kept for history, hidden from pickers, its label answers "retired". */
  retired?: boolean;
}

export type DispatchMode = 'manual' | 'auto' | 'grab';

export interface UserRecord {
  hospitalId: string;
  id: string;
  name: string;
  roles: Role[];
  department: string | null;
  /** The team (班组) a technician or dispatcher works in (absent: none). */
  team?: string | null;
  /** Leads that team (班组长): a major incident's roster may page the leaders of the teams concerned (issue 16). */
  teamLeader?: boolean;
  /**
   * Staff of an outsourced vendor (issue 16): its technicians and its vendor_manager. They see only
   * their vendor's jobs, never another vendor's or the hospital's other data (absent or null: the hospital's own).
   */
  vendorId?: string | null;
  skills: string[];
  phone: string | null;
  openid: string | null;
  createdAt: string;
  /** Weekly shift pattern of desk staff and technicians; absent for staff who work no shifts. */
  shifts?: ShiftPattern[];
  /** The building a technician is based in (ranks candidates: same building first). */
  homeBuildingId?: string | null;
  /** Optimistic concurrency of admin edits (absent on records written before versioning: 0). */
  version?: number;
  /** Retired by an administrator: kept for history, hidden from pickers, its label answers "retired". */
  retired?: boolean;
  /**
   * Staff are the people a hospital's admin creates or imports (absent: staff). Guests are
   * WeChat accounts not linked to a staff record (patients, visitors, staff not yet linked):
   * created by signing in at a scanned label, scoped to what they scanned and reported.
   */
  kind?: UserKind;
  /** Bumped by retirement, unlinking and "sign out everywhere": sessions carrying an older version stop working (absent: 0). */
  tokenVersion?: number;
}

export type UserKind = 'staff' | 'guest';

/** Whom a WeChat account signs in as in one hospital: its linked staff record, else its guest record. */
export interface OpenidLink {
  hospitalId: string;
  openid: string;
  staffUserId?: string;
  guestUserId?: string;
}

/** A one-time code an admin issues to link a staff record to the WeChat account that redeems it. */
export interface InviteRecord {
  code: string;
  hospitalId: string;
  userId: string;
  issuedAt: string;
  expiresAt: string;
  issuedById: string;
  usedAt: string | null;
  revokedAt: string | null;
}

/** Days 1 (Monday) … 7 (Sunday); times HH:mm in the hospital's zone; end before start runs past midnight. */
export interface ShiftPattern {
  days: number[];
  start: string;
  end: string;
}

/** One dated shift of the rota (排班): a day in the hospital's zone; an end at or before the start runs past midnight. */
export interface ShiftEntryRecord {
  hospitalId: string;
  userId: string;
  /** YYYY-MM-DD, the day the shift starts. */
  day: string;
  start: string;
  end: string;
}

/** A guest scanned this label: they may report there until it expires (domain/catalog/labelScans.ts). */
export interface LabelScanRecord {
  hospitalId: string;
  userId: string;
  code: string;
  scannedAt: string;
  expiresAt: string;
}

/** A printed label: it points at a place and, when stuck on a device, at the device. */
export interface QrCodeRecord {
  hospitalId: string;
  code: string;
  locationId: string;
  assetId: string | null;
  retired: boolean;
  /**
   * The ancestor ids of the label's location when the label was written: a hint that lets a
   * report read the whole place in one round trip. Checked against the location when read
   * (a room may have moved since); absent on labels written without it.
   */
  locationAncestorIds?: string[];
}

export interface TicketRecord {
  hospitalId: string;
  id: string;
  number: string;
  status: TicketStatus;
  urgency: Urgency;
  categoryCode: string;
  description: string;
  locationId: string;
  locationName: string;
  /** Names from the campus down to the location itself, e.g. [本部, 5号楼, 3层, 护士站]. */
  locationPath: string[];
  /** Every ancestor id of the location, so tickets can be found by building and floor. */
  locationAncestorIds: string[];
  assetId: string | null;
  assetName: string | null;
  photoKeys: string[];
  contactPhone: string | null;
  /** How the report came in (absent on records before channels: the reporter's own app). */
  channel?: TicketChannel;
  /** Who called, when the desk entered the report for someone (absent or null: the reporter reported). */
  caller?: { name: string; phone: string; department: string | null } | null;
  reporterId: string;
  reporterName: string;
  /** The reporter's phone from their user record when the report was made (absent: none known). */
  reporterPhone?: string | null;
  reporterDepartment: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: every change writes version + 1 with the event of that seq. */
  version: number;
  acceptBy: string | null;
  arriveBy: string | null;
  /** What the reporter chose; `urgency` is what the hospital treats it as (raised for clinical areas). */
  reportedUrgency: Urgency;
  urgencyRaisedReason: string | null;
  /** The next instant the SLA scanner must look at this ticket (null: nothing pending). */
  watch: SlaWatch | null;
  breaches: SlaBreach[];
  /** Ids of users who follow the ticket (merged duplicates' reporters, colleagues): they may read it and are told of changes. */
  followerIds: string[];
  heldFrom: 'accepted' | 'on_site' | null;
  heldAt: string | null;
  holdReason: string | null;
  transferRequest: { byId: string; reason: string; at: string } | null;
  /** Offered to every qualified technician on shift (抢单) instead of being assigned. */
  inGrabPool: boolean;
  acceptedAt: string | null;
  arrivedAt: string | null;
  /** The first arrival, kept when a reopen clears `arrivedAt` (the arrival SLA measures it; absent on older records). */
  firstArrivedAt?: string | null;
  /** A reopened job's new acceptance deadline: the reopen plus the category's accept window (absent before the first reopen). */
  reworkAcceptBy?: string | null;
  completedAt: string | null;
  confirmedAt: string | null;
  closedAt: string | null;
  completion: Completion | null;
  satisfied: boolean | null;
  /** The sign-off of a satisfied confirmation: a PNG kept under the hospital's prefix (absent: none). */
  signature?: SignOff | null;
  rating: { score: number; comment: string | null; at: string } | null;
  reopenCount: number;
  /** WeChat's content check flagged the description: the desk reviews it before anyone is sent. */
  contentReview?: { suggest: 'review' | 'risky'; label: number } | null;
  /** A guest's emergency the desk has not yet confirmed or downgraded (absent: false). */
  emergencyPending?: boolean;
  /** The latest note of any step (hold reason, completion note…), for the handover sheet without reading timelines. */
  lastNote?: string | null;
  mergedIntoId: string | null;
  callback: { reached: boolean; satisfied: boolean | null; note: string | null; at: string; byId: string } | null;
  complaint: Complaint | null;
  /** A corrective ticket a failed planned-work checklist item opened (issue 15): its work order (absent: none). */
  workOrderId?: string | null;
  workOrderNumber?: string | null;
  /** The vendor whose contract covers the ticket's category and building, stamped at submission (issue 16; absent or null: in-house). */
  vendorId?: string | null;
  /** The major incident the ticket belongs to (issue 16): linked tickets do not page the emergency chain again. */
  incidentId?: string | null;
  /** The multi-team job (一呼百应) this ticket is one part of (issue 16). */
  jobId?: string | null;
  /** Which part of its job (0-based, the template's order): the job's parts index sorts by it. */
  jobPartIndex?: number | null;
}

export type SlaWatchKind = 'accept' | 'arrive' | 'auto_confirm' | 'complaint_respond' | 'complaint_resolve' | 'complaint_callback';

export interface SlaWatch {
  kind: SlaWatchKind;
  dueAt: string;
  /** 0: the deadline itself; 1: the escalation to the manager after a breach. */
  level: 0 | 1;
}

export interface SlaBreach {
  kind: SlaWatchKind;
  level: 1 | 2;
  at: string;
}

export interface PartUsed {
  name: string;
  quantity: number;
  /** In yuan; charged to the reporting department's cost centre. */
  unitCost: number;
}

/** Who signed the confirmation on screen (the reporter or a colleague of the department), and when. */
export interface SignOff {
  key: string;
  signerName: string;
  byId: string;
  at: string;
}

/** A quick phrase in both languages (the app shows the reporter's). */
export interface QuickPhrase {
  zh: string;
  en: string;
}

export interface Completion {
  note: string;
  parts: PartUsed[];
  photoKeys: string[];
  byId: string;
}

/** A low rating opens a complaint with its own clock: respond 2 h, resolve 24 h, call back 48 h. */
export interface Complaint {
  openedAt: string;
  respondBy: string;
  resolveBy: string;
  callbackBy: string;
  respondedAt: string | null;
  resolvedAt: string | null;
  calledBackAt: string | null;
}

export interface TicketEventRecord {
  hospitalId: string;
  ticketId: string;
  /** Equals the ticket version the event produced: event 1 is the creation. */
  seq: number;
  type: TicketEventType;
  at: string;
  actorId: string;
  actorName: string;
  actorRole: Role | 'system';
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  note: string | null;
  data: Record<string, unknown> | null;
  /** When the phone says the command was made (a technician's command queued offline); `at` is the server's time. */
  deviceAt?: string;
}

export interface IdempotencyRecord {
  hospitalId: string;
  userId: string;
  key: string;
  /** Hash of the request body: the same key with another body is a client bug, not a retry. */
  requestHash: string;
  ticketId: string;
  /** Epoch seconds; DynamoDB TTL removes the record after a day. */
  expiresAtEpoch: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** How many the whole listing holds (listings that count: the desk's queue and callbacks). */
  total?: number;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

/** 交接班: who handed the desk to whom, with every unfinished ticket at that moment. */
export interface HandoverRecord {
  hospitalId: string;
  id: string;
  at: string;
  fromUserId: string;
  fromUserName: string;
  toUserId: string;
  toUserName: string;
  note: string | null;
  ticketIds: string[];
}
