import type { AuditEntry } from '../contract/audit';
import type { AuditRecord } from '../domain/admin/audit/auditRecord';

export function toAuditEntry(r: AuditRecord): AuditEntry {
  return { id: r.id, at: r.at, kind: r.kind, recordId: r.recordId, action: r.action, actorId: r.actorId, actorName: r.actorName, before: r.before, after: r.after };
}
