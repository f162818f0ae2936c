import * as z from 'zod/mini';
import { AssetFields } from '../../../contract/admin';
import { Id } from '../../../contract/common';
import type { FieldProblem } from '../../errors';
import type { CatalogAdmin, CatalogEntity, CatalogRepository } from '../../ports';
import type { AssetRecord } from '../../records';
import { newLabelCode } from '../editRules';
import { checkRow, lineProblem, orNull, readCsv, throwIfProblems, writeCsv } from './csvFile';
import { labelPuts, type ImportCounts } from './labels';
import { labelOwners } from './locationsCsv';
import { buildingIdOf } from '../locationTree';

export const ASSET_COLUMNS = [
  'id', 'name', 'type', 'model', 'serial', 'vendor', 'installDate', 'warrantyEnd',
  'categoryCode', 'maintenanceCycleDays', 'lifeSupport', 'locationId', 'qrCode',
] as const;

const { qrCode: _label, ...ledger } = AssetFields;
const AssetRow = z.object({ id: Id, ...ledger, qrCode: z.nullable(AssetFields.qrCode.def.innerType) });

const YES = new Set(['true', 'yes', 'y', '1', '是']);
const NO = new Set(['false', 'no', 'n', '0', '否', '']);
/** Cells as the row schema expects them: empty is null, numbers and yes/no parsed (anything else left to fail). */
function typedCells(cells: Record<string, string>): Record<string, unknown> {
  const typed: Record<string, unknown> = Object.fromEntries(ASSET_COLUMNS.map((c) => [c, orNull(cells[c])]));
  const days = cells.maintenanceCycleDays ?? '';
  typed.maintenanceCycleDays = days === '' ? null : /^\d+$/.test(days) ? Number(days) : days;
  const flag = (cells.lifeSupport ?? '').toLowerCase();
  typed.lifeSupport = YES.has(flag) ? true : NO.has(flag) ? false : flag;
  return typed;
}

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin };

/** The asset ledger (设备档案) as a sheet; retired devices are left out. */
export async function exportAssets(deps: Deps, hospitalId: string): Promise<string> {
  const assets = (await deps.catalogAdmin.listAssets(hospitalId)).filter((a) => !a.retired);
  assets.sort((a, b) => a.locationId.localeCompare(b.locationId) || a.id.localeCompare(b.id));
  return writeCsv(ASSET_COLUMNS, assets.map((a) => ({ warrantyEnd: null, maintenanceCycleDays: null, ...a })));
}

/** Creates or updates every device of the file (by id), moving labels with moved devices; all rows checked first, nothing written unless all are clean. */
export async function importAssets(deps: Deps, hospitalId: string, text: string): Promise<ImportCounts> {
  const rows = readCsv(text, ASSET_COLUMNS);
  const [assets, locations, categories, labels] = await Promise.all([
    deps.catalogAdmin.listAssets(hospitalId),
    deps.catalog.listLocations(hospitalId),
    deps.catalog.listCategories(hospitalId),
    deps.catalogAdmin.listQrCodes(hospitalId),
  ]);
  const stored = new Map(assets.map((a) => [a.id, a]));
  const places = new Set(locations.filter((l) => !l.retired).map((l) => l.id));
  const ancestorsOf = new Map(locations.map((l) => [l.id, l.ancestorIds]));
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const categoryCodes = new Set(categories.filter((c) => !c.retired).map((c) => c.code));
  const problems: FieldProblem[] = [];
  const inFile = new Map<string, { line: number; record: AssetRecord }>();

  for (const { line, cells } of rows) {
    const row = checkRow(AssetRow, line, typedCells(cells), problems);
    const problem = (field: string, code: string, message: string, messageZh: string) => problems.push(lineProblem(line, field, code, message, messageZh));
    // References are checked on every row, so one pass over the file reports all its problems.
    const { locationId = '', categoryCode = '' } = cells;
    if (locationId && !places.has(locationId)) problem('locationId', 'location_not_found', `Location ${locationId} does not exist`, `位置 ${locationId} 不存在`);
    if (categoryCode && !categoryCodes.has(categoryCode)) problem('categoryCode', 'category_not_found', `Category ${categoryCode} does not exist`, `报修类别 ${categoryCode} 不存在`);
    if (!row) continue;
    const seen = inFile.get(row.id);
    if (seen) problem('id', 'duplicate_id', `${row.id} is also on line ${seen.line}`, `编号 ${row.id} 与第 ${seen.line} 行重复`);
    const before = stored.get(row.id);
    const record: AssetRecord = {
      ...before,
      ...row,
      hospitalId,
      buildingId: buildingIdOf(locationById.get(row.locationId)),
      qrCode: row.qrCode ?? before?.qrCode ?? newLabelCode('A', row.id),
      version: (before?.version ?? 0) + 1,
      retired: false,
    };
    if (!seen) inFile.set(row.id, { line, record });
  }
  const imported = [...inFile.values()];
  const owners = labelOwners(labels, imported.map((r) => ({ line: r.line, code: r.record.qrCode, target: r.record.id, before: stored.get(r.record.id)?.qrCode ?? null })), problems);
  throwIfProblems(problems, rows.length);

  const qr = labelPuts(
    hospitalId,
    imported.map(({ record }) => ({ target: { locationId: record.locationId, assetId: record.id, locationAncestorIds: ancestorsOf.get(record.locationId) ?? [] }, code: record.qrCode, before: stored.get(record.id)?.qrCode ?? null })),
    owners,
  );
  await deps.catalogAdmin.putMany([...imported.map(({ record }): CatalogEntity => ({ kind: 'asset', record })), ...qr.entities]);
  const created = imported.filter((r) => !stored.has(r.record.id)).length;
  return { created, updated: imported.length - created, labelsIssued: qr.issued };
}
