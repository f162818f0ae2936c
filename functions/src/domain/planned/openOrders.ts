import { createHash } from 'node:crypto';
import type { AssetRecord, Hospital } from '../records';
import type { CatalogRepository, Clock, UserRepository } from '../ports';
import type { PlanRepository, WorkOrderNotice, WorkOrderRepository } from './ports';
import type { CheckpointRecord, PlanRecord, WorkOrderRecord } from './records';
import { calendarDayIn, plusDays, startOfDayIn } from './schedule';
import type { OrderWindow } from './window';

export type OrderDeps = { clock: Clock; catalog: CatalogRepository; users: UserRepository; plans: PlanRepository; workOrders: WorkOrderRepository };

/** One period's work of a plan: its period key, due day and window. */
export interface Occurrence extends OrderWindow {
  period: string;
  dueOn: string;
}

const MAX_ID = 64;
/**
 * The order id is the plan × period (× device) itself, so creating it twice is a no-op. Longer
 * than an id may be (a long device id): the plan id and a hash of the rest.
 */
export function workOrderIdOf(planId: string, period: string, assetId?: string): string {
  const plain = assetId ? `${planId}-${assetId}-${period}` : `${planId}-${period}`;
  if (plain.length <= MAX_ID && /^[A-Za-z0-9_-]+$/.test(plain)) return plain;
  return `${planId}-${createHash('sha256').update(`${assetId ?? ''}#${period}`).digest('hex').slice(0, MAX_ID - planId.length - 1)}`;
}

const pending = { status: 'pending' as const, skipReason: null, at: null, deviceAt: null, by: null, results: [] };

function assetCheckpoint(asset: AssetRecord, index: number): CheckpointRecord {
  return { index, kind: 'asset', id: asset.id, name: asset.name, qrCode: asset.qrCode, locationId: asset.locationId, ...pending };
}

/** The checkpoints of each order an occurrence makes: one order per device of an assetType plan. */
async function ordersCheckpoints(deps: OrderDeps, plan: PlanRecord): Promise<{ assetId?: string; checkpoints: CheckpointRecord[] }[]> {
  const target = plan.target;
  if (target.kind === 'asset') {
    const asset = await deps.catalog.getAsset(plan.hospitalId, target.assetId);
    return asset && !asset.retired ? [{ checkpoints: [assetCheckpoint(asset, 0)] }] : [];
  }
  if (target.kind === 'assetType') {
    const devices = await deps.plans.listAssetsOfType(plan.hospitalId, target.assetType);
    return devices.map((asset) => ({ assetId: asset.id, checkpoints: [assetCheckpoint(asset, 0)] }));
  }
  const locationIds = target.checkpoints.filter((c) => c.kind === 'location').map((c) => c.id);
  const [locations, assets] = await Promise.all([
    deps.catalog.getLocations(plan.hospitalId, locationIds),
    Promise.all(target.checkpoints.filter((c) => c.kind === 'asset').map((c) => deps.catalog.getAsset(plan.hospitalId, c.id))),
  ]);
  const byId = new Map<string, CheckpointRecord>();
  for (const l of locations) byId.set(`location:${l.id}`, { index: 0, kind: 'location', id: l.id, name: l.name, qrCode: l.qrCode, locationId: l.id, ...pending });
  for (const a of assets) if (a) byId.set(`asset:${a.id}`, assetCheckpoint(a, 0));
  const checkpoints = target.checkpoints.flatMap((c) => {
    const found = byId.get(`${c.kind}:${c.id}`);
    return found ? [found] : [];
  });
  return checkpoints.length > 0 ? [{ checkpoints: checkpoints.map((c, index) => ({ ...c, index })) }] : [];
}

/** Who is told of a new order: the plan's technician, else the technicians of its team. */
async function noticeOf(deps: OrderDeps, plan: PlanRecord, teamTechnicians: () => Promise<string[]>): Promise<WorkOrderNotice | null> {
  const userIds = plan.technicianId ? [plan.technicianId] : await teamTechnicians();
  return userIds.length > 0 ? { kind: 'planned_work_due', userIds } : null;
}

/**
 * Opens the orders of one occurrence of a plan (one, or one per device): each is created once,
 * whatever retries or reruns do. Returns the orders this call created.
 */
export async function openOrders(deps: OrderDeps, plan: PlanRecord, hospital: Hospital, occurrence: Occurrence, meterReading: WorkOrderRecord['meterReading'] = null): Promise<WorkOrderRecord[]> {
  const now = deps.clock.now();
  const day = calendarDayIn(now, hospital.timezone);
  let team: Promise<string[]> | undefined;
  const teamTechnicians = () =>
    (team ??= deps.users
      .listUsers(plan.hospitalId)
      .then((users) => users.filter((u) => !u.retired && u.roles.includes('technician') && (u.team ?? null) === plan.team).map((u) => u.id)));
  const created: WorkOrderRecord[] = [];
  for (const { assetId, checkpoints } of await ordersCheckpoints(deps, plan)) {
    const id = workOrderIdOf(plan.id, occurrence.period, assetId);
    // A rerun after a crash finds the order made: no number is spent on it.
    if (await deps.workOrders.get(plan.hospitalId, id)) continue;
    const sequence = await deps.workOrders.nextNumber(plan.hospitalId, day);
    const order: WorkOrderRecord = {
      hospitalId: plan.hospitalId,
      id,
      number: `PM${day.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`,
      planId: plan.id,
      planName: plan.name,
      kind: plan.target.kind === 'round' ? 'round' : 'maintenance',
      period: occurrence.period,
      dueOn: occurrence.dueOn,
      opensOn: occurrence.opensOn,
      closesOn: occurrence.closesOn,
      closesAt: startOfDayIn(plusDays(occurrence.closesOn, 1), hospital.timezone),
      originalClosesOn: occurrence.closesOn,
      status: 'scheduled',
      onTime: null,
      criticality: plan.criticality,
      categoryCode: plan.categoryCode,
      technicianId: plan.technicianId,
      team: plan.team,
      checklist: plan.checklist,
      checkpoints,
      postponements: [],
      postponeMaxDays: plan.postponeMaxDays,
      startedAt: null,
      completedAt: null,
      escalations: [],
      meterReading,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    if (await deps.workOrders.create(order, await noticeOf(deps, plan, teamTechnicians))) created.push(order);
  }
  return created;
}
