import type { CatalogEntity } from '../../ports';

export interface ImportCounts {
  created: number;
  updated: number;
  labelsIssued: number;
}

/**
 * The label records of imported rows: each row's current code points at it (a moved device's
 * label follows the device), a code the row gave up is kept answering "retired".
 */
export function labelPuts(
  hospitalId: string,
  rows: readonly { target: { locationId: string; assetId: string | null; locationAncestorIds?: string[] }; code: string | null; before: string | null }[],
  existingCodes: ReadonlySet<string>,
): { entities: CatalogEntity[]; issued: number } {
  const entities: CatalogEntity[] = [];
  let issued = 0;
  for (const { target, code, before } of rows) {
    if (before && before !== code) entities.push({ kind: 'qr', record: { hospitalId, code: before, ...target, retired: true } });
    if (!code) continue;
    if (!existingCodes.has(code)) issued++;
    entities.push({ kind: 'qr', record: { hospitalId, code, ...target, retired: false } });
  }
  return { entities, issued };
}
