import * as z from 'zod/mini';
import { FreeText, Id } from '../../../contract/common';
import { QrCode } from '../../../contract/catalog';
import { LocationType, RoomUse, type LocationType as Level } from '../../../contract/enums';
import type { FieldProblem } from '../../errors';
import type { CatalogAdmin, CatalogEntity, CatalogRepository } from '../../ports';
import type { LocationRecord } from '../../records';
import { newLabelCode } from '../editRules';
import { placeUnder } from '../locationTree';
import { checkRow, lineProblem, orNull, readCsv, throwIfProblems, writeCsv } from './csvFile';
import { labelPuts, type ImportCounts } from './labels';
import { placeInitials } from '../../catalog/placeInitials';

export const LOCATION_COLUMNS = ['id', 'type', 'name', 'parentId', 'roomUse', 'qrCode'] as const;
const LEVELS: readonly Level[] = ['campus', 'building', 'floor', 'room'];

const LocationRow = z.object({
  id: Id,
  type: LocationType,
  name: FreeText({ max: 100 }),
  parentId: z.nullable(Id),
  roomUse: z.nullable(RoomUse),
  qrCode: z.nullable(QrCode),
});

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin };

/** The location sheet, campus first, then buildings, floors, rooms; retired ones are left out. */
export async function exportLocations(deps: Deps, hospitalId: string): Promise<string> {
  const all = (await deps.catalog.listLocations(hospitalId)).filter((l) => !l.retired);
  all.sort((a, b) => LEVELS.indexOf(a.type) - LEVELS.indexOf(b.type) || a.id.localeCompare(b.id));
  return writeCsv(LOCATION_COLUMNS, all);
}

/**
 * Creates or updates every location of the file (by id). Rows may name parents defined in the
 * same file; a moved building or floor carries its rooms along. Every row is checked first and
 * nothing is written unless the whole file is clean.
 */
export async function importLocations(deps: Deps, hospitalId: string, text: string): Promise<ImportCounts> {
  const rows = readCsv(text, LOCATION_COLUMNS);
  const [existing, labels] = await Promise.all([deps.catalog.listLocations(hospitalId), deps.catalogAdmin.listQrCodes(hospitalId)]);
  const stored = new Map(existing.map((l) => [l.id, l]));
  const problems: FieldProblem[] = [];
  const inFile = new Map<string, { line: number; record: LocationRecord }>();

  for (const { line, cells } of rows) {
    const row = checkRow(LocationRow, line, { ...cells, parentId: orNull(cells.parentId), roomUse: orNull(cells.roomUse), qrCode: orNull(cells.qrCode) }, problems);
    if (!row) continue;
    const before = stored.get(row.id);
    if (inFile.has(row.id)) problems.push(lineProblem(line, 'id', 'duplicate_id', `${row.id} is also on line ${inFile.get(row.id)!.line}`, `编号 ${row.id} 与第 ${inFile.get(row.id)!.line} 行重复`));
    else if (before && before.type !== row.type) problems.push(lineProblem(line, 'type', 'type_changed', `${row.id} is a ${before.type}; its type cannot change`, `${row.id} 原为 ${before.type}，类型不能修改`));
    const qrCode = row.qrCode ?? before?.qrCode ?? (row.type === 'room' ? newLabelCode('R', row.id) : null);
    const record: LocationRecord = {
      ...before,
      hospitalId,
      id: row.id,
      name: row.name,
      initials: placeInitials(row.name),
      type: row.type,
      parentId: row.parentId,
      ancestorIds: [],
      roomUse: row.type === 'room' ? row.roomUse : null,
      qrCode,
      version: (before?.version ?? 0) + 1,
      retired: false,
    };
    if (!inFile.has(row.id)) inFile.set(row.id, { line, record });
  }

  // Every location after the import, placed level by level so that parents are placed first.
  const after = new Map(existing.map((l) => [l.id, { ...l }]));
  for (const { record } of inFile.values()) after.set(record.id, record);
  const ordered = [...after.values()].sort((a, b) => LEVELS.indexOf(a.type) - LEVELS.indexOf(b.type));
  for (const location of ordered) {
    const parent = location.parentId === null ? undefined : after.get(location.parentId);
    const placed = placeUnder(location.id, location.type, location.parentId, parent);
    const row = inFile.get(location.id);
    if ('problem' in placed) {
      if (row) problems.push(lineProblem(row.line, 'parentId', placed.problem.code, placed.problem.message, placed.problem.messageZh));
    } else location.ancestorIds = placed.ancestorIds;
  }
  const owners = labelOwners(labels, [...inFile.values()].map((r) => ({ line: r.line, code: r.record.qrCode, target: r.record.id, before: stored.get(r.record.id)?.qrCode ?? null })), problems);
  throwIfProblems(problems, rows.length);

  const moved = [...after.values()].filter((l) => !inFile.has(l.id) && stored.get(l.id)?.ancestorIds.join('/') !== l.ancestorIds.join('/'));
  const records = [...[...inFile.values()].map((r) => after.get(r.record.id)!), ...moved];
  const qr = labelPuts(
    hospitalId,
    [...inFile.values()].map(({ record }) => ({ target: { locationId: record.id, assetId: null, locationAncestorIds: record.ancestorIds }, code: record.qrCode, before: stored.get(record.id)?.qrCode ?? null })),
    owners,
  );
  await deps.catalogAdmin.putMany([...records.map((record): CatalogEntity => ({ kind: 'location', record })), ...qr.entities]);
  const created = [...inFile.keys()].filter((id) => !stored.has(id)).length;
  return { created, updated: inFile.size - created, labelsIssued: qr.issued };
}

/** Which label codes are taken by whom; a code in the file must be free, the row's own, or unique in the file. */
export function labelOwners(
  labels: readonly { code: string; locationId: string; assetId: string | null }[],
  wanted: readonly { line: number; code: string | null; target: string; before: string | null }[],
  problems: FieldProblem[],
): Set<string> {
  const taken = new Set(labels.map((l) => l.code));
  const claimed = new Map<string, number>();
  for (const w of wanted) {
    if (!w.code || w.code === w.before) continue;
    const other = claimed.get(w.code);
    if (other !== undefined) problems.push(lineProblem(w.line, 'qrCode', 'duplicate_code', `Label ${w.code} is also on line ${other}`, `标签码 ${w.code} 与第 ${other} 行重复`));
    else if (taken.has(w.code)) problems.push(lineProblem(w.line, 'qrCode', 'code_taken', `Label ${w.code} is already in use`, `标签码 ${w.code} 已被占用`));
    claimed.set(w.code, w.line);
  }
  return taken;
}
