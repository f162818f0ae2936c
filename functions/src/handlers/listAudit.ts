import { listAudit } from '../contract/adminRoutes';
import { readAudit } from '../domain/admin/audit/readAudit';
import { http } from '../http/httpHandler';
import { toAuditEntry } from '../presenters/auditViews';

export const handler = http(listAudit, async ({ query, user, deps }) => {
  const page = await readAudit(deps, user, query);
  return { body: { items: page.items.map(toAuditEntry), nextCursor: page.nextCursor } };
});
