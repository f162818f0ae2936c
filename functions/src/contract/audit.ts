import * as z from 'zod/mini';
import { Id, IsoDateTime, PageQuery, page } from './common';

/** The audit trail of administration: who changed which record, when, and what it was before and after. */

/** The kinds of record an admin change touches (invites and unlinks are changes of a user). */
export const AuditKind = z.enum(['location', 'asset', 'category', 'user', 'plan', 'vendor', 'jobTemplate']);
export type AuditKind = z.infer<typeof AuditKind>;
export const AuditAction = z.enum(['create', 'update', 'retire', 'import', 'invite', 'revokeInvite', 'unlink']);
export type AuditAction = z.infer<typeof AuditAction>;

/** A record as it was (before) or became (after): its stored fields, without secrets (openid, token versions). */
const Snapshot = z.nullable(z.record(z.string(), z.unknown()));

export const AuditEntry = z
  .object({
    id: z.string(),
    at: IsoDateTime,
    kind: AuditKind,
    recordId: z.string(),
    action: AuditAction,
    actorId: z.string(),
    actorName: z.string(),
    before: Snapshot,
    after: Snapshot,
  })
  .register(z.globalRegistry, { id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The audit list (newest first), of one kind, or of one record (recordId needs its kind). */
export const AuditQuery = z.object({
  kind: z.optional(AuditKind),
  recordId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  ...PageQuery,
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = page(AuditEntry).register(z.globalRegistry, { id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

const Flag = z.optional(z.enum(['true', 'false']));
/** in: the warranty runs today or later; out: it ended; unknown: no end date on the ledger. */
export const WarrantyFilter = z.enum(['in', 'out', 'unknown']);
export type WarrantyFilter = z.infer<typeof WarrantyFilter>;
const Filter = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)));

/** The device ledger's search: every given filter must match; run in the database on one hospital's devices. */
export const AssetListQuery = z.object({
  /** Part of the name, id, serial or model. */
  q: Filter,
  building: z.optional(Id),
  type: Filter,
  category: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  vendor: Filter,
  warranty: z.optional(WarrantyFilter),
  lifeSupport: Flag,
  retired: Flag,
  ...PageQuery,
});
export type AssetListQuery = z.infer<typeof AssetListQuery>;

export const AuditRecordParams = z.object({ id: Id });
