import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AssetLedgerFilters, AuditFilters } from '../../domain/ports';
import type { AssetRecord, Page, PageRequest } from '../../domain/records';
import type { AuditRecord } from '../../domain/admin/audit/auditRecord';
import { emptyFilter, pageFiltered, type Filter } from './filteredPage';
import { SK_PREFIX, auditListPk, auditRecordPk, hospitalPk } from './keys';
import type { PageCursors } from './pageCursor';
import { AssetRecordSchema, AuditRecordSchema } from './recordSchemas';

/** The device ledger's filters as a FilterExpression over a hospital's assets. */
function assetFilter(filters: AssetLedgerFilters): Filter {
  const f = emptyFilter();
  const equal = (field: string, value: string | boolean) => {
    f.names[`#${field}`] = field;
    f.values[`:${field}`] = value;
    f.parts.push(`#${field} = :${field}`);
  };
  if (filters.buildingId) equal('buildingId', filters.buildingId);
  if (filters.type) equal('type', filters.type);
  if (filters.categoryCode) equal('categoryCode', filters.categoryCode);
  if (filters.vendor) equal('vendor', filters.vendor);
  if (filters.lifeSupport !== undefined) equal('lifeSupport', filters.lifeSupport);
  if (filters.retired !== undefined) {
    f.names['#retired'] = 'retired';
    f.values[':true'] = true;
    f.parts.push(filters.retired ? '#retired = :true' : '(attribute_not_exists(#retired) OR #retired <> :true)');
  }
  if (filters.warranty) {
    f.names['#warrantyEnd'] = 'warrantyEnd';
    const { state, today } = filters.warranty;
    // DynamoDB refuses a value the expression does not use: each branch names only its own.
    if (state !== 'in') f.values[':string'] = 'S';
    if (state !== 'unknown') f.values[':today'] = today;
    if (state === 'unknown') f.parts.push('NOT attribute_type(#warrantyEnd, :string)');
    else f.parts.push(state === 'in' ? '#warrantyEnd >= :today' : '(attribute_type(#warrantyEnd, :string) AND #warrantyEnd < :today)');
  }
  if (filters.text) {
    Object.assign(f.names, { '#name': 'name', '#id': 'id', '#serial': 'serial', '#model': 'model' });
    f.values[':q'] = filters.text;
    f.parts.push('(contains(#name, :q) OR contains(#id, :q) OR contains(#serial, :q) OR contains(#model, :q))');
  }
  return f;
}

/** AP-140: a page of the hospital's devices matching the filters (the hospital partition, ASSET# items). */
export function pageAssets(doc: DynamoDBDocumentClient, tableName: string, cursors: PageCursors, hospitalId: string, filters: AssetLedgerFilters, page: PageRequest): Promise<Page<AssetRecord>> {
  const query = {
    TableName: tableName,
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': hospitalPk(hospitalId), ':prefix': SK_PREFIX.asset },
  };
  return pageFiltered(doc, cursors, query, assetFilter(filters), AssetRecordSchema, page);
}

/** AP-141 one record's audit entries; AP-142 the hospital's audit list, of the given kinds. Newest first. */
export function pageAudit(doc: DynamoDBDocumentClient, tableName: string, cursors: PageCursors, hospitalId: string, filters: AuditFilters, page: PageRequest): Promise<Page<AuditRecord>> {
  const pk = 'recordId' in filters ? auditRecordPk(hospitalId, filters.kind, filters.recordId) : auditListPk(hospitalId);
  const query = { TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ScanIndexForward: false };
  const filter = emptyFilter();
  if ('kinds' in filters) {
    filter.names['#kind'] = 'kind';
    filters.kinds.forEach((kind, i) => (filter.values[`:kind${i}`] = kind));
    filter.parts.push(`#kind IN (${filters.kinds.map((_, i) => `:kind${i}`).join(', ')})`);
  }
  return pageFiltered(doc, cursors, query, filter, AuditRecordSchema, page);
}
