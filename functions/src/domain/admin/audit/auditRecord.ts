import type { AuditAction, AuditKind } from '../../../contract/audit';

/** A record's stored fields as the audit keeps them (no secrets: see snapshotOf). */
export type AuditSnapshot = Record<string, unknown>;

/** One admin change: who made it, when, to which record, and the record before and after. */
export interface AuditRecord {
  hospitalId: string;
  /** A ULID: entries sort by time. */
  id: string;
  at: string;
  kind: AuditKind;
  recordId: string;
  action: AuditAction;
  actorId: string;
  actorName: string;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

/** Fields never kept in the audit: sign-in secrets and keys that say nothing to a reader. */
const LEFT_OUT = new Set(['hospitalId', 'openid', 'tokenVersion', 'initials']);

export function snapshotOf(record: object | null | undefined): AuditSnapshot | null {
  if (!record) return null;
  return Object.fromEntries(Object.entries(record).filter(([field]) => !LEFT_OUT.has(field)));
}

/** Who may read what: the desk keeps places and devices, and never sees staff records (personal data). */
export const KINDS_FOR_NON_ADMINS: readonly AuditKind[] = ['location', 'asset', 'category'];
