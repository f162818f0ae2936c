import { AuditKind, type AuditQuery } from '../../../contract/audit';
import { ForbiddenError, InvalidError } from '../../errors';
import type { AuditFilters, CatalogAdmin } from '../../ports';
import type { Page, UserRecord } from '../../records';
import { KINDS_FOR_NON_ADMINS, type AuditRecord } from './auditRecord';

/**
 * The audit list or one record's entries. Staff records hold personal data (names, phones): their
 * entries are the admin's only; the desk sees places, devices and categories.
 */
export async function readAudit(deps: { catalogAdmin: CatalogAdmin }, reader: UserRecord, query: AuditQuery): Promise<Page<AuditRecord>> {
  const isAdmin = reader.roles.includes('admin');
  const allowed = isAdmin ? AuditKind.options : KINDS_FOR_NON_ADMINS;
  if (query.kind && !allowed.includes(query.kind)) {
    throw new ForbiddenError('Changes of staff records are for admins only', '人员记录的变更仅管理员可查看');
  }
  let filters: AuditFilters;
  if (query.recordId) {
    if (!query.kind) {
      throw new InvalidError('recordId needs its kind', '查询单条记录的变更须指明类型', [{ field: 'query.kind', code: 'required', message: 'kind is required with recordId', messageZh: '指定记录时须指明类型' }]);
    }
    filters = { kind: query.kind, recordId: query.recordId };
  } else {
    filters = { kinds: query.kind ? [query.kind] : allowed };
  }
  return deps.catalogAdmin.pageAudit(reader.hospitalId, filters, { limit: query.limit ?? 20, cursor: query.cursor });
}
