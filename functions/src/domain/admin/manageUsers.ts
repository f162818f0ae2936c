import type * as z from 'zod/mini';
import type { CreateUserBody, UpdateUserBody } from '../../contract/admin';
import { ConflictError } from '../errors';
import type { CatalogAdmin, CatalogRepository, UserRepository } from '../ports';
import type { UserRecord } from '../records';
import { checkVersion, invalidField, mustExist } from './editRules';

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin; users: UserRepository };
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
  const user: UserRecord = { hospitalId, ...body, openid: null, createdAt: now.toISOString(), version: 1, retired: false };
  await deps.catalogAdmin.write([{ entity: { kind: 'user', record: user }, expect: 'absent' }]);
  return user;
}

/** Roles, department, skills, shifts, home building; the WeChat link and creation time stay. */
export async function updateUser(deps: Deps, hospitalId: string, id: string, body: z.output<typeof UpdateUserBody>): Promise<UserRecord> {
  const current = mustExist(await deps.users.getUser(hospitalId, id), `User ${id}`, `用户 ${id} `);
  checkVersion('The user', '该用户', current, body.version);
  await checkHomeBuilding(deps, hospitalId, body.homeBuildingId);
  const { version: _read, ...fields } = body;
  const updated: UserRecord = { ...current, ...fields, version: (current.version ?? 0) + 1 };
  await deps.catalogAdmin.write([{ entity: { kind: 'user', record: updated }, expect: { version: current.version ?? 0 } }]);
  return updated;
}

/** Disables an account (staff who left): it can no longer sign in or call the API; its history stays. */
export async function retireUser(deps: Deps, hospitalId: string, id: string, version: number): Promise<UserRecord> {
  const current = mustExist(await deps.users.getUser(hospitalId, id), `User ${id}`, `用户 ${id} `);
  checkVersion('The user', '该用户', current, version);
  const retired: UserRecord = { ...current, retired: true, version: (current.version ?? 0) + 1 };
  await deps.catalogAdmin.write([{ entity: { kind: 'user', record: retired }, expect: { version: current.version ?? 0 } }]);
  return retired;
}
