import type { CatalogEntity } from '../../domain/ports';
import { assetAtLocationSortKey, assetKey, assetOfTypeSortKey, assetsOfType, atLocation, auditListPk, auditRecordPk, auditSortKey, categoryKey, locationKey, qrCodeKey, userKey } from './keys';

/** The table item of a reference-data record: its keys (keys.ts), index keys and the record. */
export function catalogItem(entity: CatalogEntity): Record<string, unknown> {
  switch (entity.kind) {
    case 'location': {
      const l = entity.record;
      return { ...locationKey(l.hospitalId, l.id), entity: 'location', ...l };
    }
    case 'asset': {
      const a = entity.record;
      // GSI5: assets at a location (AP-09), rewritten when a device moves; GSI1: devices of a type (AP-204), rewritten when its type changes.
      return {
        ...assetKey(a.hospitalId, a.id),
        GSI5PK: atLocation(a.hospitalId, a.locationId),
        GSI5SK: assetAtLocationSortKey(a.id),
        GSI1PK: assetsOfType(a.hospitalId, a.type),
        GSI1SK: assetOfTypeSortKey(a.id),
        entity: 'asset',
        ...a,
      };
    }
    case 'category': {
      const c = entity.record;
      return { ...categoryKey(c.hospitalId, c.code), entity: 'category', ...c };
    }
    case 'user': {
      const u = entity.record;
      return { ...userKey(u.hospitalId, u.id), entity: 'user', ...u };
    }
    case 'qr': {
      const q = entity.record;
      return { ...qrCodeKey(q.hospitalId, q.code), entity: 'qr', ...q };
    }
    case 'audit': {
      const e = entity.record;
      return { PK: auditRecordPk(e.hospitalId, e.kind, e.recordId), SK: auditSortKey(e.at, e.id), entity: 'audit', ...e };
    }
  }
}

/** The items of a record: one, but an audit entry is also copied into the hospital's audit list (AP-142) unless it says not. */
export function catalogItems(entity: CatalogEntity): Record<string, unknown>[] {
  const item = catalogItem(entity);
  if (entity.kind !== 'audit' || entity.listed === false) return [item];
  return [item, { ...item, PK: auditListPk(entity.record.hospitalId) }];
}
