import type * as z from 'zod/mini';
import type { CreateUserBody, UpdateUserBody } from '../../contract/admin';
import { ConflictError } from '../errors';
import type { CatalogAdmin, CatalogRepository, UserRepository } from '../ports';
import type { UserRecord } from '../records';
import { checkVersion, invalidField, mustExist } from './editRules';
import { normalisePhone } from '../auth/phoneNumbers';
import type { VendorRepository } from '../vendors/ports';
import { checkVendorStaff } from '../vendors/staffRules';

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin; users: UserRepository; vendors: VendorRepository };
type Fields = z.output<typeof CreateUserBody>;

async function checkHomeBuilding(deps: Deps, hospitalId: string, homeBuildingId: string | null): Promise<void> {
  if (homeBuildingId === null) return;
  const [building] = await deps.catalog.getLocations(hospitalId, [homeBuildingId]);
  if (!building || building.retired || building.type !== 'building') {
    throw invalidField('homeBuildingId', 'building_not_found', `Building ${homeBuildingId} does not exist`, `楼栋 ${homeBuildingId} 不存在`);
  }
}

/** Staff are created by the admin; their WeChat account is linked at their first sign-in. */
export async function createUser(deps: Deps, hospitalId: string, body: Fields, now: Date): Promise<UserRecord> {
  if (await deps.users.getUser(hospitalId, body.id)) throw new ConflictError(`User ${body.id} already exists`, `用户 ${body.id} 已存在`);
  await checkHomeBuilding(deps, hospitalId, body.homeBuildingId);
  checkVendorStaff(body, await deps.vendors.list(hospitalId));
  const user: UserRecord = { hospitalId, ...body, openid: null, createdAt: now.toISOString(), version: 1, retired: false };
  await deps.catalogAdmin.write([{ entity: { kind: 'user', record: user }, expect: 'absent' }]);
  return user;
}

/**
 * Roles, department, skills, shifts, home building, phone. A new mobile number is a relink: the
 * WeChat link of the old one ends with its sessions, and the person links again with the new one.
 */
export async function updateUser(deps: Deps, hospitalId: string, id: string, body: z.output<typeof UpdateUserBody>): Promise<UserRecord> {
  const read = mustExist(await deps.users.getUser(hospitalId, id), `User ${id}`, `用户 ${id} `);
  checkVersion('The user', '该用户', read, body.version);
  await checkHomeBuilding(deps, hospitalId, body.homeBuildingId);
  // An edit that leaves the vendor out keeps the person's (a client that predates vendors).
  const vendorId = body.vendorId === undefined ? (read.vendorId ?? null) : body.vendorId;
  checkVendorStaff({ ...body, vendorId }, await deps.vendors.list(hospitalId));
  const phoneChanged = normalisePhone(read.phone) !== normalisePhone(body.phone);
  // Unlinking raises the token version itself; a record without a link has its sessions ended by this write.
  const current = phoneChanged && read.openid ? await deps.users.unlinkStaff({ ...read, openid: read.openid }) : read;
  const tokenVersion = (current.tokenVersion ?? 0) + (phoneChanged && !read.openid ? 1 : 0);
  const { version: _read, ...fields } = body;
  const updated: UserRecord = { ...current, ...fields, vendorId, version: (current.version ?? 0) + 1, tokenVersion };
  await deps.catalogAdmin.write([{ entity: { kind: 'user', record: updated }, expect: { version: current.version ?? 0 } }]);
  return updated;
}

/** The admin's unlink: the person's WeChat account no longer signs in as this record, and its sessions end now. */
export async function unlinkUser(deps: Deps, hospitalId: string, id: string): Promise<UserRecord> {
  const current = mustExist(await deps.users.getUser(hospitalId, id), `User ${id}`, `用户 ${id} `);
  return current.openid ? deps.users.unlinkStaff({ ...current, openid: current.openid }) : current;
}

/** Disables an account (staff who left): it can no longer sign in, its sessions end at once; its history stays. */
export async function retireUser(deps: Deps, hospitalId: string, id: string, version: number): Promise<UserRecord> {
  const current = mustExist(await deps.users.getUser(hospitalId, id), `User ${id}`, `用户 ${id} `);
  checkVersion('The user', '该用户', current, version);
  const retired: UserRecord = { ...current, retired: true, version: (current.version ?? 0) + 1, tokenVersion: (current.tokenVersion ?? 0) + 1 };
  await deps.catalogAdmin.write([{ entity: { kind: 'user', record: retired }, expect: { version: current.version ?? 0 } }]);
  return retired;
}
