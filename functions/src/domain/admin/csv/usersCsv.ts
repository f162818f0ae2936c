import * as z from 'zod/mini';
import { CreateUserBody } from '../../../contract/admin';
import type { FieldProblem } from '../../errors';
import type { CatalogAdmin, CatalogEntity, CatalogRepository, UserRepository } from '../../ports';
import type { UserRecord } from '../../records';
import { normalisePhone } from '../../auth/phoneNumbers';
import { checkRow, lineProblem, orNull, readCsv, throwIfProblems, writeCsv } from './csvFile';
import type { ImportCounts } from './labels';
import type { VendorRepository } from '../../vendors/ports';
import { vendorStaffProblem } from '../../vendors/staffRules';

/** Roles and skills are lists in one cell, separated by | (admin|dispatcher). Shifts are kept on the people screen. */
export const USER_COLUMNS = ['id', 'name', 'roles', 'department', 'skills', 'phone', 'homeBuildingId'] as const;
/** The vendor of a vendor's staff (issue 16): exported; a file without the column keeps everyone's vendor as it is. */
const VENDOR_COLUMN = 'vendorId';
const LIST_SEPARATOR = '|';

const { shifts: _shifts, ...userFields } = CreateUserBody.shape;
const UserRow = z.object(userFields);

const listCell = (cell: string | undefined) => (cell ?? '').split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin; users: UserRepository; vendors: VendorRepository };

/** The hospital's staff as a sheet (never guests; retired staff left out). */
export async function exportUsers(deps: Deps, hospitalId: string): Promise<string> {
  const staff = (await deps.users.listUsers(hospitalId)).filter((u) => (u.kind ?? 'staff') === 'staff' && !u.retired);
  staff.sort((a, b) => a.id.localeCompare(b.id));
  return writeCsv(
    [...USER_COLUMNS, VENDOR_COLUMN],
    staff.map((u) => ({ ...u, roles: u.roles.join(LIST_SEPARATOR), skills: u.skills.join(LIST_SEPARATOR), homeBuildingId: u.homeBuildingId ?? null, vendorId: u.vendorId ?? null })),
  );
}

/**
 * Creates or updates every staff record of the file (by id); shifts, WeChat links and retirement
 * stay as they are. A linked person's phone is changed on the people screen (it ends the link),
 * never by a file. Every row is checked first; nothing is written unless the whole file is clean.
 */
export async function importUsers(deps: Deps, hospitalId: string, text: string, now: Date): Promise<ImportCounts> {
  const rows = readCsv(text, USER_COLUMNS);
  const [existing, locations, vendors] = await Promise.all([deps.users.listUsers(hospitalId), deps.catalog.listLocations(hospitalId), deps.vendors.list(hospitalId)]);
  const stored = new Map(existing.map((u) => [u.id, u]));
  const buildings = new Set(locations.filter((l) => l.type === 'building' && !l.retired).map((l) => l.id));
  const problems: FieldProblem[] = [];
  const inFile = new Map<string, { line: number; record: UserRecord }>();

  for (const { line, cells } of rows) {
    const typed = {
      ...cells,
      roles: listCell(cells.roles),
      skills: listCell(cells.skills),
      department: orNull(cells.department),
      phone: orNull(cells.phone),
      homeBuildingId: orNull(cells.homeBuildingId),
      ...(VENDOR_COLUMN in cells ? { vendorId: orNull(cells[VENDOR_COLUMN]) } : {}),
    };
    const row = checkRow(UserRow, line, typed, problems);
    const problem = (field: string, code: string, message: string, messageZh: string) => problems.push(lineProblem(line, field, code, message, messageZh));
    if (typed.homeBuildingId && !buildings.has(typed.homeBuildingId)) problem('homeBuildingId', 'building_not_found', `Building ${typed.homeBuildingId} does not exist`, `楼栋 ${typed.homeBuildingId} 不存在`);
    if (!row) continue;
    const before = stored.get(row.id);
    const seen = inFile.get(row.id);
    const vendorProblem = vendorStaffProblem({ roles: row.roles, vendorId: row.vendorId === undefined ? (before?.vendorId ?? null) : row.vendorId }, vendors);
    if (vendorProblem) problem(vendorProblem.field, vendorProblem.code, vendorProblem.message, vendorProblem.messageZh);
    if (seen) problem('id', 'duplicate_id', `${row.id} is also on line ${seen.line}`, `编号 ${row.id} 与第 ${seen.line} 行重复`);
    if (before && (before.kind ?? 'staff') !== 'staff') problem('id', 'not_staff', `${row.id} is a guest account, not a staff record`, `${row.id} 是访客账号，不是职工记录`);
    if (before?.openid && normalisePhone(before.phone) !== normalisePhone(row.phone)) {
      problem('phone', 'linked_phone', `${row.id} is linked to WeChat: change the phone on the people screen`, `${row.id} 已绑定微信，请在人员管理页修改手机号`);
    }
    const record: UserRecord = {
      openid: null,
      createdAt: now.toISOString(),
      ...before,
      ...row,
      hospitalId,
      version: (before?.version ?? 0) + 1,
    };
    if (!seen) inFile.set(row.id, { line, record });
  }
  throwIfProblems(problems, rows.length);
  const imported = [...inFile.values()];
  await deps.catalogAdmin.putMany(imported.map(({ record }): CatalogEntity => ({ kind: 'user', record })));
  const created = imported.filter((r) => !stored.has(r.record.id)).length;
  return { created, updated: imported.length - created, labelsIssued: 0 };
}
