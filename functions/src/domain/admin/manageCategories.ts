import type * as z from 'zod/mini';
import type { CreateCategoryBody, UpdateCategoryBody } from '../../contract/admin';
import { ConflictError } from '../errors';
import type { CatalogAdmin, CatalogRepository } from '../ports';
import type { CategoryRecord } from '../records';
import { checkVersion, invalidField, mustExist } from './editRules';
import type { SlaPolicy } from '../../contract/catalog';
import { urgencyPhrase } from '../notify/phrases';

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin };

const URGENCIES = ['normal', 'urgent', 'emergency'] as const;

/** A technician cannot be asked to arrive before the job must be accepted. */
function checkSla(sla: SlaPolicy): void {
  for (const u of URGENCIES) {
    if (sla.acceptWithinMinutes[u] > sla.arriveWithinMinutes[u]) {
      throw invalidField(`sla.arriveWithinMinutes.${u}`, 'arrive_before_accept', `The ${u} arrive time is shorter than its accept time`, `${urgencyPhrase[u]}的到场时限短于接单时限`);
    }
  }
}

/** A service category with its responsible team or vendor, SLA policy and dispatch mode. */
export async function createCategory(deps: Deps, hospitalId: string, body: z.output<typeof CreateCategoryBody>): Promise<CategoryRecord> {
  checkSla(body.sla);
  if (await deps.catalog.getCategory(hospitalId, body.code)) throw new ConflictError(`Category ${body.code} already exists`, `报修类别 ${body.code} 已存在`);
  const category: CategoryRecord = { hospitalId, ...body, version: 1, retired: false };
  await deps.catalogAdmin.write([{ entity: { kind: 'category', record: category }, expect: 'absent' }]);
  return category;
}

export async function updateCategory(deps: Deps, hospitalId: string, code: string, body: z.output<typeof UpdateCategoryBody>): Promise<CategoryRecord> {
  const current = mustExist(await deps.catalog.getCategory(hospitalId, code), `Category ${code}`, `报修类别 ${code} `);
  checkVersion('The category', '该类别', current, body.version);
  checkSla(body.sla);
  const { version: _read, ...fields } = body;
  const updated: CategoryRecord = { ...current, ...fields, version: (current.version ?? 0) + 1 };
  await deps.catalogAdmin.write([{ entity: { kind: 'category', record: updated }, expect: { version: current.version ?? 0 } }]);
  return updated;
}

/** Stops offering a category for new reports; tickets already made keep it. */
export async function retireCategory(deps: Deps, hospitalId: string, code: string, version: number): Promise<CategoryRecord> {
  const current = mustExist(await deps.catalog.getCategory(hospitalId, code), `Category ${code}`, `报修类别 ${code} `);
  checkVersion('The category', '该类别', current, version);
  const retired: CategoryRecord = { ...current, retired: true, version: (current.version ?? 0) + 1 };
  await deps.catalogAdmin.write([{ entity: { kind: 'category', record: retired }, expect: { version: current.version ?? 0 } }]);
  return retired;
}
