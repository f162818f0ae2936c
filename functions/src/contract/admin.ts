import * as z from 'zod/mini';
import { FreeText, Id, PageQuery, VendorId, page } from './common';
import { Asset, QrCode, QuickPhrase, SlaPolicy } from './catalog';
import { LocationType, Role, RoomUse } from './enums';

/** Administration (locations, the asset ledger, categories, staff): what an admin or the desk sends and sees. */

const Name = FreeText({ max: 100 });
const ShortText = z.nullable(FreeText({ max: 100, mayBeEmpty: true }));
/** A calendar day, e.g. 2024-03-31. */
export const Day = z.iso.date();
/** The version the client last read: a stale one is refused with 409. Records written before versioning are version 0. */
const Version = z.int().check(z.minimum(0));

export const LocationFields = {
  name: Name,
  parentId: z.nullable(Id),
  roomUse: z.nullable(RoomUse),
  /** A new label code; omitted keeps the current one, a different one retires the old label. */
  qrCode: z.optional(QrCode),
};
export const CreateLocationBody = z.object({ id: Id, type: LocationType, ...LocationFields });
export const UpdateLocationBody = z.object({ version: Version, ...LocationFields });

export const AdminLocation = z
  .object({
    id: Id,
    name: z.string(),
    type: LocationType,
    parentId: z.nullable(Id),
    ancestorIds: z.array(Id),
    roomUse: z.nullable(RoomUse),
    qrCode: z.nullable(z.string()),
    version: z.int(),
    retired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'AdminLocation' });
export type AdminLocation = z.infer<typeof AdminLocation>;
export const AdminLocationList = z.object({ items: z.array(AdminLocation) }).register(z.globalRegistry, { id: 'AdminLocationList' });

export const AssetFields = {
  name: Name,
  type: Name,
  model: ShortText,
  serial: ShortText,
  vendor: ShortText,
  installDate: z.nullable(Day),
  warrantyEnd: z.nullable(Day),
  categoryCode: z.string().check(z.minLength(1), z.maxLength(32)),
  maintenanceCycleDays: z.nullable(z.int().check(z.minimum(1), z.maximum(3650))),
  lifeSupport: z.boolean(),
  locationId: Id,
  qrCode: z.optional(QrCode),
};
export const CreateAssetBody = z.object({ id: Id, ...AssetFields });
export const UpdateAssetBody = z.object({ version: Version, ...AssetFields });

export const AdminAsset = z
  .object({
    ...Asset.shape,
    warrantyEnd: z.nullable(z.string()),
    maintenanceCycleDays: z.nullable(z.int()),
    version: z.int(),
    retired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'AdminAsset' });
export type AdminAsset = z.infer<typeof AdminAsset>;
export const AdminAssetPage = page(AdminAsset).register(z.globalRegistry, { id: 'AdminAssetPage' });
export type AdminAssetPage = z.infer<typeof AdminAssetPage>;

export const DispatchMode = z.enum(['manual', 'auto', 'grab']);
/** Minutes an SLA time may be: at least one, at most 30 days. */
const SlaMinutes = z.int().check(z.minimum(1), z.maximum(30 * 24 * 60));
const UrgencyMinutes = z.object({ normal: SlaMinutes, urgent: SlaMinutes, emergency: SlaMinutes });
/** The accept and arrive times per urgency an admin sets (the read view, catalog.ts, is the same shape). */
export const SlaPolicyInput = z.object({ acceptWithinMinutes: UrgencyMinutes, arriveWithinMinutes: UrgencyMinutes });
/** A quick phrase as an admin writes it, in both languages (English runs longer): the reporter taps it instead of typing. */
export const QuickPhraseInput = z.object({ zh: FreeText({ max: 50 }), en: FreeText({ max: 80 }) });
const CategoryFields = {
  nameZh: Name,
  nameEn: Name,
  /** The responsible in-house team or outsourced vendor. */
  team: Name,
  sla: SlaPolicyInput,
  quickPhrases: z.array(QuickPhraseInput).check(z.maxLength(20)),
  offeredForRooms: z.boolean(),
  dispatchMode: DispatchMode,
  /** The reporting department signs the confirmation on screen (签字确认); absent: not required. */
  signatureRequired: z.optional(z.boolean()),
};
export const CategoryCode = z.string().check(z.minLength(1), z.maxLength(32), z.regex(/^[a-z][a-z0-9_]*$/));
export const CreateCategoryBody = z.object({ code: CategoryCode, ...CategoryFields });
export const UpdateCategoryBody = z.object({ version: Version, ...CategoryFields });
/** What a client sends (before the server's trimming and defaults). */
export type CreateCategoryInput = z.input<typeof CreateCategoryBody>;
export type UpdateCategoryInput = z.input<typeof UpdateCategoryBody>;

export const AdminCategory = z
  .object({
    code: z.string(),
    ...CategoryFields,
    nameZh: z.string(),
    nameEn: z.string(),
    team: z.string(),
    sla: SlaPolicy,
    quickPhrases: z.array(QuickPhrase),
    signatureRequired: z.boolean(),
    version: z.int(),
    retired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'AdminCategory' });
export type AdminCategory = z.infer<typeof AdminCategory>;

const HourMinute = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
export const Shift = z.object({
  days: z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.minLength(1), z.maxLength(7)),
  start: HourMinute,
  end: HourMinute,
});
const UserFields = {
  name: Name,
  roles: z.array(Role).check(z.minLength(1)),
  department: ShortText,
  /** The team (班组) a technician or dispatcher works in, e.g. 电工班: the shift rota is drawn per team. */
  team: z.optional(ShortText),
  skills: z.array(z.string().check(z.minLength(1), z.maxLength(32))).check(z.maxLength(20)),
  phone: z.nullable(z.string().check(z.regex(/^[0-9 +-]{5,20}$/))),
  shifts: z.array(Shift).check(z.maxLength(14)),
  homeBuildingId: z.nullable(Id),
  /** Staff of this outsourced vendor (roles technician and/or vendor_manager only); null or absent: the hospital's own (issue 16). */
  vendorId: z.optional(z.nullable(VendorId)),
};
export const CreateUserBody = z.object({ id: Id, ...UserFields });
export type CreateUserBody = z.infer<typeof CreateUserBody>;
export const UpdateUserBody = z.object({ version: Version, ...UserFields });
export type UpdateUserInput = z.input<typeof UpdateUserBody>;

export const AdminUser = z
  .object({
    id: Id,
    ...UserFields,
    name: z.string(),
    department: z.nullable(z.string()),
    team: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    vendorId: z.nullable(z.string()),
    version: z.int(),
    retired: z.boolean(),
    /** Linked to a WeChat account (by phone or invite): wx.login signs this person in. */
    linked: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'AdminUser' });
export type AdminUser = z.infer<typeof AdminUser>;

/** How long an invite stays valid: 72 hours unless the admin says otherwise (1 hour to 14 days). */
export const IssueInviteQuery = z.object({ validForHours: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(14 * 24))) });

const Flag = z.optional(z.enum(['true', 'false']));
/** The people screen's list: search and filters run in the database, on one hospital's users. */
export const ListUsersQuery = z.object({
  /** Part of a name, a phone number or an id. */
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  role: z.optional(Role),
  /** The exact team or department, as written on the person's record. */
  team: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  department: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  linked: Flag,
  retired: Flag,
  /** One vendor's staff (issue 16). */
  vendorId: z.optional(VendorId),
  ...PageQuery,
});
export type ListUsersQuery = z.infer<typeof ListUsersQuery>;
export const AdminUserPage = page(AdminUser).register(z.globalRegistry, { id: 'AdminUserPage' });
export type AdminUserPage = z.infer<typeof AdminUserPage>;

export const IdParams = z.object({ id: Id });
export const CodeParams = z.object({ code: CategoryCode });
export const RetireQuery = z.object({ version: z.coerce.number().check(z.int(), z.minimum(0)) });

/** A CSV file (text/csv, UTF-8, header row first); at most about 5 MB. */
export const CsvBody = z.string().check(z.minLength(1), z.maxLength(5_000_000));
export const CsvText = z.string().register(z.globalRegistry, { id: 'CsvText' });
export const PdfDocument = z.string().register(z.globalRegistry, { id: 'PdfDocument', format: 'binary' });

export const ImportResult = z
  .object({ created: z.int(), updated: z.int(), labelsIssued: z.int() })
  .register(z.globalRegistry, { id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;

export const LabelKind = z.enum(['rooms', 'assets', 'all']);
export type LabelKind = z.infer<typeof LabelKind>;
/** link: a plain QR of the H5 report link (any phone camera); wxacode: WeChat mini-program codes (the app must be configured). */
export const LabelFormat = z.enum(['link', 'wxacode']);
export type LabelFormat = z.infer<typeof LabelFormat>;
/** Labels printed in one PDF at most (20 A4 pages of 10): a hospital's whole set comes in pages. */
export const LABELS_PER_SHEET = 200;
/** Up to 100 ids, separated by commas (as API Gateway joins a repeated query key). */
const IdList = z.string().check(z.maxLength(6500), z.regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,99}$/));
/**
 * Which labels: a building (or everything without one), narrowed to some floors, or to some rooms'
 * and devices' label codes; rooms, devices or both. `page` (from 1) walks a set larger than one PDF.
 */
export const QrLabelsQuery = z.object({
  building: z.optional(Id),
  floors: z.optional(IdList),
  codes: z.optional(IdList),
  kind: z.optional(LabelKind),
  format: z.optional(LabelFormat),
  page: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000))),
});
export type QrLabelsQuery = z.infer<typeof QrLabelsQuery>;
/** QrLabelsQuery without the format: the preview lists the same labels. */
export const QrLabelsPreviewQuery = z.omit(QrLabelsQuery, { format: true });
export const QrLabelPreview = z.object({
  code: QrCode,
  name: z.string(),
  /** Building and floor (and the room of a device), as printed on the label. */
  place: z.string(),
  /** What a link QR encodes. */
  link: z.string(),
});
export const QrLabelsPreview = z
  .object({ items: z.array(QrLabelPreview), total: z.int(), page: z.int(), pageCount: z.int(), perPage: z.int() })
  .register(z.globalRegistry, { id: 'QrLabelsPreview' });
export type QrLabelsPreview = z.infer<typeof QrLabelsPreview>;
