import type { AuditRecord } from '../../domain/admin/audit/auditRecord';
import { AuditAction, AuditKind } from '../../contract/audit';
import * as z from 'zod/mini';
import { SlaPolicy } from '../../contract/catalog';
import { LocationType, Role, RoomUse, TicketChannel, TicketStatus, Urgency } from '../../contract/enums';
import { NOTIFICATION_KINDS, TICKET_EVENT_TYPES } from '../../contract/lifecycle';
import type { DeadLetter, DeliveryRecord, InAppNotification } from '../../domain/ports';
import type { ReconcileRun } from '../../domain/reports/aggregatePort';
import type {
  InviteRecord,
  OpenidLink,
  AssetRecord,
  CategoryRecord,
  HandoverRecord,
  Hospital,
  IdempotencyRecord,
  LabelScanRecord,
  LocationRecord,
  QrCodeRecord,
  TicketEventRecord,
  TicketRecord,
  UserRecord,
  ShiftEntryRecord,
} from '../../domain/records';
import type { OpenFault } from '../../domain/reports/openFaults';
import type { TicketSheetRow } from '../../domain/reports/ticketSheet';
import type { LifecyclePolicy } from '../../domain/tickets/policy';
import type { PcLoginRequestRecord } from '../../domain/auth/pcLoginPort';
import type { ReportLimits } from '../../domain/limits/reportLimits';

/**
 * What a stored item must hold to be the domain record it claims to be, checked on every read
 * (items.ts parseItem). Loose objects: attributes a newer writer added pass through untouched,
 * so a rolling deployment never loses data; what the domain relies on is checked. Each schema
 * is typed as its record, so the compiler finds a record field the schema forgot.
 */
const text = z.string();
const optionalText = z.nullable(z.string());
const count = z.number();
const version = z.optional(z.number());
const retired = z.optional(z.boolean());
/**
 * A quick phrase; categories written before phrases were bilingual hold a plain Chinese string,
 * read as that text in both languages until an admin gives it its English.
 */
const quickPhrase = z.pipe(
  z.union([z.looseObject({ zh: text, en: text }), text]),
  z.transform((p) => (typeof p === 'string' ? { zh: p, en: p } : { zh: p.zh, en: p.en })),
);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const RateWindowSchema = z.object({ maxReports: z.int().check(z.minimum(1)), windowSeconds: z.int().check(z.minimum(60), z.maximum(7 * 24 * 3600)) });
const RateWindowsSchema = z.array(RateWindowSchema).check(z.maxLength(5));
/** A hospital's own report limits: each key replaces its default whole (a wrong one fails loudly, not silently unlimited). */
const ReportLimitsSchema: z.ZodMiniType<Partial<ReportLimits>> = z.object({
  guest: z.optional(RateWindowsSchema),
  staffReporter: z.optional(RateWindowsSchema),
  burst: z.optional(z.object({ minReports: z.int().check(z.minimum(2)), windowMinutes: z.int().check(z.minimum(1), z.maximum(24 * 60)) })),
});

export const HospitalSchema: z.ZodMiniType<Hospital> = z.looseObject({
  id: text,
  name: text,
  timezone: text,
  ticketPrefix: text,
  // Overrides of the lifecycle's time rules: the domain merges them over its defaults.
  policy: z.optional(z.custom<Partial<LifecyclePolicy>>(isObject)),
  limits: z.optional(ReportLimitsSchema),
});

export const LocationRecordSchema: z.ZodMiniType<LocationRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  name: text,
  type: LocationType,
  parentId: optionalText,
  ancestorIds: z.array(text),
  roomUse: z.nullable(RoomUse),
  qrCode: optionalText,
  version,
  retired,
  initials: z.optional(text),
});

export const AssetRecordSchema: z.ZodMiniType<AssetRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  name: text,
  type: text,
  model: optionalText,
  serial: optionalText,
  vendor: optionalText,
  installDate: optionalText,
  categoryCode: text,
  lifeSupport: z.boolean(),
  locationId: text,
  buildingId: z.optional(optionalText),
  qrCode: optionalText,
  warrantyEnd: z.optional(optionalText),
  maintenanceCycleDays: z.optional(z.nullable(count)),
  version,
  retired,
});

export const CategoryRecordSchema: z.ZodMiniType<CategoryRecord> = z.looseObject({
  hospitalId: text,
  code: text,
  nameZh: text,
  nameEn: text,
  team: text,
  sla: SlaPolicy,
  quickPhrases: z.array(quickPhrase),
  offeredForRooms: z.boolean(),
  dispatchMode: z.optional(z.enum(['manual', 'auto', 'grab'])),
  signatureRequired: z.optional(z.boolean()),
  version,
  retired,
});

export const UserRecordSchema: z.ZodMiniType<UserRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  name: text,
  roles: z.array(Role),
  department: optionalText,
  team: z.optional(optionalText),
  skills: z.array(text),
  phone: optionalText,
  openid: optionalText,
  createdAt: text,
  shifts: z.optional(z.array(z.looseObject({ days: z.array(count), start: text, end: text }))),
  homeBuildingId: z.optional(optionalText),
  version,
  retired,
  kind: z.optional(z.enum(['staff', 'guest'])),
  tokenVersion: z.optional(count),
});

export const ShiftEntryRecordSchema: z.ZodMiniType<ShiftEntryRecord> = z.looseObject({ hospitalId: text, userId: text, day: text, start: text, end: text });

export const OpenidLinkSchema: z.ZodMiniType<OpenidLink> = z.looseObject({
  hospitalId: text,
  openid: text,
  staffUserId: z.optional(text),
  guestUserId: z.optional(text),
});

export const InviteRecordSchema: z.ZodMiniType<InviteRecord> = z.looseObject({
  code: text,
  hospitalId: text,
  userId: text,
  issuedAt: text,
  expiresAt: text,
  issuedById: text,
  usedAt: optionalText,
  revokedAt: optionalText,
});

export const QrCodeRecordSchema: z.ZodMiniType<QrCodeRecord> = z.looseObject({
  hospitalId: text,
  code: text,
  locationId: text,
  assetId: optionalText,
  retired: z.boolean(),
  locationAncestorIds: z.optional(z.array(text)),
});

const WatchKind = z.enum(['accept', 'arrive', 'auto_confirm', 'complaint_respond', 'complaint_resolve', 'complaint_callback']);

export const TicketRecordSchema: z.ZodMiniType<TicketRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  number: text,
  status: TicketStatus,
  urgency: Urgency,
  categoryCode: text,
  description: text,
  locationId: text,
  locationName: text,
  locationPath: z.array(text),
  locationAncestorIds: z.array(text),
  assetId: optionalText,
  assetName: optionalText,
  photoKeys: z.array(text),
  contactPhone: optionalText,
  channel: z.optional(TicketChannel),
  caller: z.optional(z.nullable(z.object({ name: text, phone: text, department: optionalText }))),
  reporterId: text,
  reporterName: text,
  reporterPhone: z.optional(optionalText),
  reporterDepartment: optionalText,
  assigneeId: optionalText,
  assigneeName: optionalText,
  createdAt: text,
  updatedAt: text,
  version: count,
  acceptBy: optionalText,
  arriveBy: optionalText,
  reportedUrgency: Urgency,
  urgencyRaisedReason: optionalText,
  watch: z.nullable(z.looseObject({ kind: WatchKind, dueAt: text, level: z.union([z.literal(0), z.literal(1)]) })),
  breaches: z.array(z.looseObject({ kind: WatchKind, level: z.union([z.literal(1), z.literal(2)]), at: text })),
  followerIds: z.array(text),
  heldFrom: z.nullable(z.enum(['accepted', 'on_site'])),
  heldAt: optionalText,
  holdReason: optionalText,
  transferRequest: z.nullable(z.looseObject({ byId: text, reason: text, at: text })),
  inGrabPool: z.boolean(),
  acceptedAt: optionalText,
  arrivedAt: optionalText,
  firstArrivedAt: z.optional(optionalText),
  reworkAcceptBy: z.optional(optionalText),
  completedAt: optionalText,
  confirmedAt: optionalText,
  closedAt: optionalText,
  completion: z.nullable(
    z.looseObject({ note: text, parts: z.array(z.looseObject({ name: text, quantity: count, unitCost: count })), photoKeys: z.array(text), byId: text }),
  ),
  satisfied: z.nullable(z.boolean()),
  signature: z.optional(z.nullable(z.looseObject({ key: text, signerName: text, byId: text, at: text }))),
  rating: z.nullable(z.looseObject({ score: count, comment: optionalText, at: text })),
  reopenCount: count,
  contentReview: z.optional(z.nullable(z.looseObject({ suggest: z.enum(['review', 'risky']), label: count }))),
  emergencyPending: z.optional(z.boolean()),
  lastNote: z.optional(optionalText),
  mergedIntoId: optionalText,
  workOrderId: z.optional(optionalText),
  workOrderNumber: z.optional(optionalText),
  callback: z.nullable(z.looseObject({ reached: z.boolean(), satisfied: z.nullable(z.boolean()), note: optionalText, at: text, byId: text })),
  complaint: z.nullable(
    z.looseObject({
      openedAt: text,
      respondBy: text,
      resolveBy: text,
      callbackBy: text,
      respondedAt: optionalText,
      resolvedAt: optionalText,
      calledBackAt: optionalText,
    }),
  ),
});

export const TicketEventRecordSchema: z.ZodMiniType<TicketEventRecord> = z.looseObject({
  hospitalId: text,
  ticketId: text,
  seq: count,
  type: z.enum(TICKET_EVENT_TYPES),
  at: text,
  actorId: text,
  actorName: text,
  actorRole: z.union([Role, z.literal('system')]),
  fromStatus: z.nullable(TicketStatus),
  toStatus: z.nullable(TicketStatus),
  note: optionalText,
  data: z.nullable(z.record(z.string(), z.unknown())),
  deviceAt: z.optional(text),
});

export const LabelScanRecordSchema: z.ZodMiniType<LabelScanRecord> = z.looseObject({
  hospitalId: text,
  userId: text,
  code: text,
  scannedAt: text,
  expiresAt: text,
});

export const IdempotencyRecordSchema: z.ZodMiniType<IdempotencyRecord> = z.looseObject({
  hospitalId: text,
  userId: text,
  key: text,
  requestHash: text,
  ticketId: text,
  expiresAtEpoch: count,
});

export const InAppNotificationSchema: z.ZodMiniType<InAppNotification> = z.looseObject({
  hospitalId: text,
  userId: text,
  id: text,
  // Kinds are a union type in the domain (not an enum the table could check against yet).
  kind: z.enum(NOTIFICATION_KINDS),
  ticketId: text,
  ticketNumber: optionalText,
  title: text,
  body: text,
  createdAt: text,
  readAt: optionalText,
});

export const DeliveryRecordSchema: z.ZodMiniType<DeliveryRecord> = z.looseObject({
  hospitalId: text,
  ticketId: text,
  outboxId: text,
  userId: text,
  templateId: optionalText,
  status: z.enum(['sending', 'sent', 'not_subscribed', 'no_openid', 'failed']),
  at: text,
  msgid: z.optional(count),
  errcode: z.optional(count),
});

export const DeadLetterSchema: z.ZodMiniType<DeadLetter> = z.looseObject({
  hospitalId: text,
  id: text,
  at: text,
  ticketId: optionalText,
  kind: optionalText,
  attempts: count,
  error: text,
  outboxId: z.optional(optionalText),
  userId: z.optional(optionalText),
  state: z.optional(z.enum(['retrying', 'given_up', 'delivered'])),
  nextAttemptAt: z.optional(optionalText),
  lastFailure: z.optional(z.nullable(z.enum(['busy', 'unanswered', 'failed']))),
  resends: z.optional(count),
});

export const HandoverRecordSchema: z.ZodMiniType<HandoverRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  at: text,
  fromUserId: text,
  fromUserName: text,
  toUserId: text,
  toUserName: text,
  note: optionalText,
  ticketIds: z.array(text),
});

export const PcLoginRequestSchema: z.ZodMiniType<PcLoginRequestRecord> = z.looseObject({
  id: text,
  secretHash: text,
  status: z.enum(['pending', 'confirmed', 'used']),
  createdAt: text,
  expiresAt: text,
  hospitalId: optionalText,
  userId: optionalText,
});

/** The aggregator's line of a ticket in the workbook's ticket sheet. */
export const TicketSheetRowSchema: z.ZodMiniType<TicketSheetRow> = z.looseObject({
  ticketId: text,
  number: text,
  day: text,
  status: TicketStatus,
  urgency: Urgency,
  channel: text,
  categoryCode: text,
  place: text,
  assetName: optionalText,
  reportedAt: text,
  acceptedAt: optionalText,
  arrivedAt: optionalText,
  completedAt: optionalText,
  confirmedAt: optionalText,
  technician: optionalText,
  parts: text,
  partsCost: count,
  rating: z.nullable(count),
  signed: z.boolean(),
});

/** A device's fault still open (the aggregator removes it once the device is confirmed working). */
export const OpenFaultSchema: z.ZodMiniType<OpenFault> = z.looseObject({
  assetId: text,
  ticketId: text,
  reportedAt: text,
  assetName: text,
  categoryCode: text,
});

/** The latest reconcile run of a hospital (shown on the dashboard). */
export const ReconcileRunSchema: z.ZodMiniType<ReconcileRun> = z.looseObject({
  hospitalId: text,
  ranAt: text,
  from: text,
  to: text,
  days: count,
  tickets: count,
  corrected: count,
  conflicts: count,
  lostVersions: count,
  unsettledDays: z.array(text),
});

export const AuditRecordSchema: z.ZodMiniType<AuditRecord> = z.looseObject({
  hospitalId: text,
  id: text,
  at: text,
  kind: AuditKind,
  recordId: text,
  action: AuditAction,
  actorId: text,
  actorName: text,
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
});
