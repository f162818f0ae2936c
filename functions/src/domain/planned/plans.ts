import { ulid } from 'ulid';
import type { CreatePlanBody, Plan, UpdatePlanBody } from '../../contract/planned';
import type { AuditRecord } from '../admin/audit/auditRecord';
import { snapshotOf } from '../admin/audit/auditRecord';
import { checkVersion, invalidField, mustExist } from '../admin/editRules';
import { NotFoundError } from '../errors';
import type { CatalogRepository, Clock, UserRepository } from '../ports';
import type { Page, PageRequest, UserRecord } from '../records';
import { firstState } from './planState';
import type { PlanListFilters, PlanRepository } from './ports';
import type { PlanRecord, PlanTargetRecord } from './records';
import { defaultWindow } from './window';

export type PlanDeps = { clock: Clock; catalog: CatalogRepository; users: UserRepository; plans: PlanRepository };
type Actor = Pick<UserRecord, 'id' | 'name' | 'hospitalId'>;

const DEFAULT_LEAD_DAYS = 7;
const DEFAULT_POSTPONE_MAX_DAYS = 5;

/** The checklist is well formed: ids unique, a number item's range the right way round. */
function checkChecklist(body: CreatePlanBody): void {
  const seen = new Set<string>();
  body.checklist.forEach((item, i) => {
    if (seen.has(item.id)) throw invalidField(`checklist.${i}.id`, 'duplicate_item', `Checklist item id ${item.id} is used twice`, `检查项编号 ${item.id} 重复`);
    seen.add(item.id);
    if (item.kind === 'number' && item.min !== undefined && item.max !== undefined && item.min > item.max) {
      throw invalidField(`checklist.${i}.max`, 'range', `Checklist item ${item.id}: the minimum ${item.min} is above the maximum ${item.max}`, `检查项 ${item.id} 的下限 ${item.min} 大于上限 ${item.max}`);
    }
  });
}

function checkSchedule(body: CreatePlanBody): void {
  const { schedule, target } = body;
  if (schedule.frequency === 'meter') {
    if (!schedule.meter) throw invalidField('schedule.meter', 'required', 'A meter plan needs its meter (name, unit, every, startsAt)', '按读数计划需要填写计量表（名称、单位、间隔、起始值）');
    if (target.kind !== 'asset') throw invalidField('target.kind', 'meter_target', 'A meter plan covers one device (its readings come from it)', '按读数计划只能针对单台设备');
  }
  if (schedule.frequency === 'everyNDays' && !schedule.everyDays) throw invalidField('schedule.everyDays', 'required', 'Every N days needs N (everyDays)', '“每 N 天”需要填写天数');
}

/** The target with the names its view shows, checked against the hospital's registers. */
async function resolveTarget(deps: PlanDeps, hospitalId: string, target: CreatePlanBody['target']): Promise<PlanTargetRecord> {
  switch (target.kind) {
    case 'asset': {
      const asset = await deps.catalog.getAsset(hospitalId, target.assetId);
      if (!asset || asset.retired) throw invalidField('target.assetId', 'asset_not_found', `Device ${target.assetId} does not exist`, `设备 ${target.assetId} 不存在`);
      return { kind: 'asset', assetId: asset.id, assetName: asset.name };
    }
    case 'assetType': {
      const devices = await deps.plans.listAssetsOfType(hospitalId, target.assetType);
      if (devices.length === 0) throw invalidField('target.assetType', 'no_devices', `No device of type ${target.assetType} is registered`, `没有类型为 ${target.assetType} 的设备`);
      return { kind: 'assetType', assetType: target.assetType, assetCount: devices.length };
    }
    case 'round': {
      const locationIds = target.checkpoints.filter((c) => c.kind === 'location').map((c) => c.id);
      const [locations, assets] = await Promise.all([
        deps.catalog.getLocations(hospitalId, locationIds),
        Promise.all(target.checkpoints.filter((c) => c.kind === 'asset').map((c) => deps.catalog.getAsset(hospitalId, c.id))),
      ]);
      const names = new Map<string, string>();
      for (const l of locations) if (!l.retired) names.set(`location:${l.id}`, l.name);
      for (const a of assets) if (a && !a.retired) names.set(`asset:${a.id}`, a.name);
      const checkpoints = target.checkpoints.map((c, i) => {
        const name = names.get(`${c.kind}:${c.id}`);
        if (name === undefined) {
          const [what, whatZh] = c.kind === 'location' ? ['Place', '位置'] : ['Device', '设备'];
          throw invalidField(`target.checkpoints.${i}.id`, 'checkpoint_not_found', `${what} ${c.id} of checkpoint ${i + 1} does not exist`, `检查点 ${i + 1} 的${whatZh} ${c.id} 不存在`);
        }
        return { kind: c.kind, id: c.id, name };
      });
      return { kind: 'round', checkpoints };
    }
  }
}

async function checkPeople(deps: PlanDeps, hospitalId: string, body: CreatePlanBody): Promise<void> {
  const [category, technician] = await Promise.all([
    deps.catalog.getCategory(hospitalId, body.categoryCode),
    body.technicianId ? deps.users.getUser(hospitalId, body.technicianId) : Promise.resolve(null),
  ]);
  if (!category || category.retired) throw invalidField('categoryCode', 'category_not_found', `Category ${body.categoryCode} does not exist`, `报修类别 ${body.categoryCode} 不存在`);
  if (body.technicianId && (!technician || technician.retired || !technician.roles.includes('technician'))) {
    throw invalidField('technicianId', 'technician_not_found', `Technician ${body.technicianId} does not exist`, `维修人员 ${body.technicianId} 不存在`);
  }
  if (!body.technicianId && !body.team) throw invalidField('team', 'required', 'A plan needs a technician or a team', '计划需要指定维修人员或班组');
}

async function checked(deps: PlanDeps, hospitalId: string, body: CreatePlanBody): Promise<PlanTargetRecord> {
  checkChecklist(body);
  checkSchedule(body);
  const [target] = await Promise.all([resolveTarget(deps, hospitalId, body.target), checkPeople(deps, hospitalId, body)]);
  return target;
}

/** The plan's fields from a body (what create and update share). */
function fieldsOf(body: CreatePlanBody, target: PlanTargetRecord) {
  return {
    name: body.name,
    target,
    schedule: body.schedule,
    window: body.window ?? null,
    checklist: body.checklist.map((item) => ({ ...item })),
    categoryCode: body.categoryCode,
    technicianId: body.technicianId ?? null,
    team: body.team ?? null,
    criticality: body.criticality,
    leadDays: body.leadDays ?? DEFAULT_LEAD_DAYS,
    postponeMaxDays: body.postponeMaxDays ?? DEFAULT_POSTPONE_MAX_DAYS,
  };
}

function auditOf(actor: Actor, now: Date, action: AuditRecord['action'], before: PlanRecord | null, after: PlanRecord): AuditRecord {
  return { hospitalId: after.hospitalId, id: ulid(now.getTime()), at: now.toISOString(), kind: 'plan', recordId: after.id, action, actorId: actor.id, actorName: actor.name, before: snapshotOf(before), after: snapshotOf(after) };
}

async function timezoneOf(deps: PlanDeps, hospitalId: string): Promise<string> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return hospital.timezone;
}

const meterStateOf = (body: CreatePlanBody, previous: PlanRecord | null): PlanRecord['meter'] =>
  body.schedule.frequency !== 'meter' ? null : (previous?.meter ?? { lastReading: null, lastReadAt: null, crossings: 0 });

export async function createPlan(deps: PlanDeps, actor: Actor, body: CreatePlanBody): Promise<PlanRecord> {
  const hospitalId = actor.hospitalId;
  const [target, timezone] = await Promise.all([checked(deps, hospitalId, body), timezoneOf(deps, hospitalId)]);
  const now = deps.clock.now();
  const fields = fieldsOf(body, target);
  const plan: PlanRecord = {
    hospitalId,
    id: ulid(now.getTime()),
    ...fields,
    ...firstState(fields, now, timezone),
    meter: meterStateOf(body, null),
    version: 1,
    retired: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    createdById: actor.id,
  };
  await deps.plans.save(plan, 'absent', auditOf(actor, now, 'create', null, plan), null);
  return plan;
}

const timingOf = (p: Pick<PlanRecord, 'schedule' | 'window' | 'leadDays'>) => JSON.stringify([p.schedule, p.window, p.leadDays]);

/** An edit; a changed schedule, window or lead restarts the generation from today (orders already made stay: one per period). */
export async function updatePlan(deps: PlanDeps, actor: Actor, planId: string, body: UpdatePlanBody): Promise<PlanRecord> {
  const hospitalId = actor.hospitalId;
  const current = mustExist(await deps.plans.get(hospitalId, planId), `Plan ${planId}`, `计划 ${planId} `);
  checkVersion('The plan', '该计划', current, body.version);
  const { version: _read, ...rest } = body;
  const [target, timezone] = await Promise.all([checked(deps, hospitalId, rest), timezoneOf(deps, hospitalId)]);
  const now = deps.clock.now();
  const fields = fieldsOf(rest, target);
  const rescheduled = timingOf(fields) !== timingOf(current);
  const updated: PlanRecord = {
    ...current,
    ...fields,
    ...(rescheduled ? firstState(fields, now, timezone) : {}),
    meter: meterStateOf(rest, current),
    version: current.version + 1,
    updatedAt: now.toISOString(),
  };
  await deps.plans.save(updated, { version: current.version }, auditOf(actor, now, 'update', current, updated), current);
  return updated;
}

/** Retired: no more orders (it leaves the due index and its meter links); the orders made stay. */
export async function retirePlan(deps: PlanDeps, actor: Actor, planId: string, version: number): Promise<PlanRecord> {
  const current = mustExist(await deps.plans.get(actor.hospitalId, planId), `Plan ${planId}`, `计划 ${planId} `);
  checkVersion('The plan', '该计划', current, version);
  const now = deps.clock.now();
  const retired: PlanRecord = { ...current, retired: true, version: current.version + 1, updatedAt: now.toISOString() };
  await deps.plans.save(retired, { version: current.version }, auditOf(actor, now, 'retire', current, retired), current);
  return retired;
}

export async function getPlan(deps: PlanDeps, hospitalId: string, planId: string): Promise<PlanRecord> {
  const plan = await deps.plans.get(hospitalId, planId);
  if (!plan) throw new NotFoundError(`Plan ${planId}`, `计划 ${planId} `);
  return plan;
}

export const listPlans = (deps: PlanDeps, hospitalId: string, filters: PlanListFilters, page: PageRequest): Promise<Page<PlanRecord>> => deps.plans.page(hospitalId, filters, page);

/** The contract's view of a plan. */
export function toPlanView(plan: PlanRecord): Plan {
  const rule = plan.schedule.meter;
  return {
    id: plan.id,
    name: { zh: plan.name.zh, en: plan.name.en },
    target: plan.target,
    schedule: plan.schedule,
    window: plan.window ?? defaultWindow(plan.schedule.frequency, plan.schedule.everyDays),
    windowIsDefault: plan.window === null,
    checklist: plan.checklist,
    categoryCode: plan.categoryCode,
    technicianId: plan.technicianId,
    team: plan.team,
    criticality: plan.criticality,
    leadDays: plan.leadDays,
    postponeMaxDays: plan.postponeMaxDays,
    nextDueOn: plan.retired ? null : plan.nextDueOn,
    meter: plan.meter && rule ? { lastReading: plan.meter.lastReading, nextAt: rule.startsAt + (plan.meter.crossings + 1) * rule.every, unit: rule.unit } : null,
    version: plan.version,
    retired: plan.retired,
  };
}
