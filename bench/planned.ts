/**
 * Issue 15: what generating a day's planned work costs — requests and capacity per generated
 * order at 10,000 devices with 2,000 plans due — and that it stays flat when the plans NOT due
 * grow (4× as many): the generator reads the due index (AP-202), never the plans or devices.
 *
 * Devices and plans are written straight into the table with the repositories' own item
 * builders (catalogItem, planItem); the run is the domain's `generateDueWork` with a fixed clock
 * on a metered document client.
 */
import { putAll } from '../functions/src/adapters/dynamo/batchWrite';
import { catalogItem } from '../functions/src/adapters/dynamo/catalogItems';
import { DynamoCatalogRepository } from '../functions/src/adapters/dynamo/catalogRepository';
import { DynamoCatalogWriter } from '../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { PageCursors } from '../functions/src/adapters/dynamo/pageCursor';
import { DynamoPlanRepository, planItem } from '../functions/src/adapters/dynamo/planRepository';
import { DynamoUserRepository } from '../functions/src/adapters/dynamo/userRepository';
import { DynamoWorkOrderRepository } from '../functions/src/adapters/dynamo/workOrderRepository';
import { generateDueWork } from '../functions/src/domain/planned/generator';
import type { PlanRecord } from '../functions/src/domain/planned/records';
import { stateAt } from '../functions/src/domain/planned/planState';
import type { AssetRecord } from '../functions/src/domain/records';
import { buildTestHospital, staffIds, writeHospital } from '../functions/src/local/seed';
import { capacityUnits, recordConsumedCapacity } from './consumedCapacity';
import { printTable } from './table';

const HOSPITAL = 'bench-pm';
const TIMEZONE = 'Asia/Shanghai';
/** The day generated: its orders are made at 00:00 in the hospital's zone. */
const DAY = '2026-12-01';
const NOW = new Date('2026-12-01T02:00:00.000Z');

export interface PlannedOptions {
  dynamoEndpoint: string;
  tableName: string;
  devices: number;
  duePlans: number;
  /** How many times the due plans the not-due plans are in the second run. */
  notDueFactor: number;
  log: (line: string) => void;
}

export interface PlannedRun {
  label: string;
  plansDue: number;
  plansNotDue: number;
  orders: number;
  requests: number;
  capacity: number;
  seconds: number;
}

function device(i: number, locationId: string): AssetRecord {
  const id = `PMD${String(i).padStart(5, '0')}`;
  return { hospitalId: HOSPITAL, id, name: `设备 ${id}`, type: `bench-type-${i % 20}`, model: null, serial: null, vendor: null, installDate: null, categoryCode: 'medical_equipment', lifeSupport: false, locationId, qrCode: `A-${id}`, version: 1, retired: false };
}

/** A daily device plan starting on DAY (due now) or a year later (not due). */
function plan(id: string, assetId: string, due: boolean): PlanRecord {
  const timing = { schedule: { frequency: 'daily' as const, startsOn: due ? DAY : '2027-12-01' }, window: null, leadDays: 0 };
  return {
    hospitalId: HOSPITAL,
    id,
    name: { zh: '日检', en: 'Daily check' },
    target: { kind: 'asset', assetId, assetName: `设备 ${assetId}` },
    ...timing,
    checklist: [{ id: 'look', kind: 'passFail', label: { zh: '外观', en: 'Looks' }, required: true }],
    categoryCode: 'medical_equipment',
    technicianId: staffIds.electrician,
    team: null,
    criticality: 'normal',
    postponeMaxDays: 5,
    ...stateAt(timing, 0, TIMEZONE),
    meter: null,
    version: 1,
    retired: false,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    createdById: staffIds.admin,
  };
}

export async function measurePlanned(options: PlannedOptions): Promise<PlannedRun[]> {
  const doc = createDocumentClient({ endpoint: options.dynamoEndpoint, region: 'cn-north-1' });
  try {
    const data = buildTestHospital(HOSPITAL);
    await writeHospital(new DynamoCatalogWriter(doc, options.tableName), { ...data, hospital: { ...data.hospital, timezone: TIMEZONE } });
    const rooms = data.locations.filter((l) => l.type === 'room');
    const devices = Array.from({ length: options.devices }, (_, i) => device(i, rooms[i % rooms.length]!.id));
    options.log(`  writing ${options.devices.toLocaleString('en')} devices and ${options.duePlans.toLocaleString('en')} due plans…`);
    await putAll(doc, options.tableName, devices.map((record) => catalogItem({ kind: 'asset', record })));
    const step = Math.max(1, Math.floor(options.devices / options.duePlans));
    const duePlans = (round: string) => Array.from({ length: options.duePlans }, (_, i) => plan(`PMP${round}${String(i).padStart(5, '0')}`, devices[(i * step) % devices.length]!.id, true));
    await putAll(doc, options.tableName, duePlans('A').map(planItem));
    const runs = [await generate(options, 'due plans only', options.duePlans, 0)];

    // The first plans have moved on to tomorrow; add new due plans and enough not due to make 4×.
    const notDue = options.duePlans * options.notDueFactor;
    options.log(`  writing ${options.duePlans.toLocaleString('en')} more due plans and ${(notDue - options.duePlans).toLocaleString('en')} not due…`);
    const idle = Array.from({ length: notDue - options.duePlans }, (_, i) => plan(`PMPZ${String(i).padStart(6, '0')}`, devices[i % devices.length]!.id, false));
    await putAll(doc, options.tableName, [...duePlans('B'), ...idle].map(planItem));
    runs.push(await generate(options, `with ${options.notDueFactor}× as many not due`, options.duePlans, notDue));
    return runs;
  } finally {
    doc.destroy();
  }
}

async function generate(options: PlannedOptions, label: string, plansDue: number, plansNotDue: number): Promise<PlannedRun> {
  const doc = createDocumentClient({ endpoint: options.dynamoEndpoint, region: 'cn-north-1' });
  const calls = recordConsumedCapacity(doc);
  const cursors = PageCursors.ofThisProcess();
  const deps = {
    clock: { now: () => NOW },
    catalog: new DynamoCatalogRepository(doc, options.tableName),
    users: new DynamoUserRepository(doc, options.tableName, cursors),
    plans: new DynamoPlanRepository(doc, options.tableName, cursors),
    workOrders: new DynamoWorkOrderRepository(doc, options.tableName, cursors),
  };
  try {
    const started = performance.now();
    let orders = 0;
    // The hourly job reads at most 500 plans a shard a run: the backlog goes in a few runs.
    for (let run = 0; run < 10; run++) {
      const made = await generateDueWork(deps, { hospitalId: HOSPITAL });
      orders += made.orders;
      if (made.plans === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    return { label, plansDue, plansNotDue, orders, requests: calls.length, capacity: calls.reduce((sum, c) => sum + capacityUnits(c), 0), seconds };
  } finally {
    doc.destroy();
  }
}

export function printPlanned(runs: PlannedRun[]): void {
  const perOrder = (n: number, orders: number) => (orders === 0 ? '–' : (n / orders).toFixed(2));
  printTable(
    'Generating a day of planned work (issue 15): per generated order',
    ['run', 'plans due', 'not due', 'orders', 'requests', 'req/order', 'capacity', 'cap/order', 's'],
    runs.map((r) => [r.label, r.plansDue, r.plansNotDue, r.orders, r.requests, perOrder(r.requests, r.orders), r.capacity.toFixed(0), perOrder(r.capacity, r.orders), r.seconds.toFixed(1)]),
    runs.length === 2 && runs[0]!.orders > 0 && runs[1]!.orders > 0
      ? [`flat: capacity per order with ${runs[1]!.plansNotDue.toLocaleString('en')} plans not due / with none = ${(runs[1]!.capacity / runs[1]!.orders / (runs[0]!.capacity / runs[0]!.orders)).toFixed(2)} (≈ 1: plans not due are never read)`]
      : [],
  );
}
