import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { PageCursors } from '../../functions/src/adapters/dynamo/pageCursor';
import { DynamoWorkOrderRepository } from '../../functions/src/adapters/dynamo/workOrderRepository';
import type { CreatePlanBody, MeterReadingResult, Plan } from '../../functions/src/contract/planned';
import type { WorkOrderRecord } from '../../functions/src/domain/planned/records';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, stackNow } from '../support/localControls';

let hospital: TestHospital;
let admin: ApiClient;
let manager: ApiClient;
let nurse: ApiClient;
let zhao: ApiClient;
let doc: DynamoDBDocumentClient;
let workOrders: DynamoWorkOrderRepository;

const DAY_MINUTES = 24 * 60;

/** The hospital's calendar day (Asia/Shanghai, UTC+8 all year) of the stack's clock, plus n days. */
async function shanghaiDay(plusDays = 0): Promise<string> {
  const now = await stackNow();
  return new Date(now.getTime() + 8 * 3600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
}

async function runGenerator(): Promise<{ plans: number; orders: number }> {
  const res = await fetch(new URL('/__local/jobs/plannedWorkGenerator', stackEnv('API_URL')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ detail: { hospitalId: hospital.hospitalId } }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { plans: number; orders: number } }).result;
}

/** zhao's open planned work of one plan (GSI2 W#O#, as the technician's list reads it). */
async function ordersOf(planId: string): Promise<WorkOrderRecord[]> {
  const page = await workOrders.pageOpenOfTechnician(hospital.hospitalId, hospital.users.electrician, { limit: 200 });
  return page.items.filter((o) => o.planId === planId);
}

const checklist: CreatePlanBody['checklist'] = [
  { id: 'look', kind: 'passFail', label: { zh: '外观完好', en: 'Looks intact' }, required: true },
  { id: 'temp', kind: 'number', label: { zh: '温度', en: 'Temperature' }, unit: '°C', min: 10, max: 30, required: true },
];

function planBody(over: Partial<CreatePlanBody> & Pick<CreatePlanBody, 'schedule'>): CreatePlanBody {
  return {
    name: { zh: '呼吸机日检', en: 'Ventilator daily check' },
    target: { kind: 'asset', assetId: hospital.assets.ventilator.id },
    checklist,
    categoryCode: 'medical_equipment',
    technicianId: hospital.users.electrician,
    criticality: 'lifeSupport',
    leadDays: 0,
    ...over,
  };
}

async function createPlan(body: CreatePlanBody): Promise<Plan> {
  const res = await admin.post<Plan>('/v1/admin/plans', body);
  expect(res.status).toBe(201);
  return res.body;
}

/** Sessions expire: after the clock moved days ahead, everyone signs in again. */
async function signIn(): Promise<void> {
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [admin, manager, nurse, zhao] = await Promise.all([as(hospital.users.admin), as(hospital.users.manager), as(hospital.users.nurse), as(hospital.users.electrician)]);
}

beforeAll(async () => {
  hospital = await createTestHospital();
  doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  workOrders = new DynamoWorkOrderRepository(doc, stackEnv('TABLE_NAME'), PageCursors.ofThisProcess());
});

beforeEach(signIn);

afterAll(() => doc.destroy());

describe('the planned work generator, with a moved clock', () => {
  it('makes a daily plan\'s 3 orders over 3 days, none on a rerun, and catches up a missed run', async () => {
    const first = await shanghaiDay();
    const plan = await createPlan(planBody({ schedule: { frequency: 'daily', startsOn: first } }));
    expect(plan.nextDueOn).toBe(first);

    await runGenerator();
    await advanceClock(DAY_MINUTES);
    await runGenerator();
    await advanceClock(DAY_MINUTES);
    await runGenerator();
    const afterThreeDays = await ordersOf(plan.id);
    expect(afterThreeDays.map((o) => o.dueOn).sort()).toEqual([first, await shanghaiDay(-1), await shanghaiDay()].sort());
    expect(afterThreeDays.map((o) => o.period).sort()).toEqual([first, await shanghaiDay(-1), await shanghaiDay()].map((d) => d.replaceAll('-', '')).sort());
    // A daily order's window is its day; each has its number of the day and one device checkpoint.
    expect(afterThreeDays.every((o) => o.opensOn === o.dueOn && o.closesOn === o.dueOn && /^PM\d{8}-\d{4}$/.test(o.number))).toBe(true);
    expect(afterThreeDays[0]!.checkpoints).toMatchObject([{ index: 0, kind: 'asset', id: hospital.assets.ventilator.id, qrCode: hospital.assets.ventilator.qrCode, status: 'pending' }]);

    await runGenerator();
    await runGenerator();
    expect(await ordersOf(plan.id)).toHaveLength(3);

    // Two days without a run: the next run makes both.
    await advanceClock(2 * DAY_MINUTES);
    await runGenerator();
    const caughtUp = await ordersOf(plan.id);
    expect(caughtUp).toHaveLength(5);
    expect(caughtUp.map((o) => o.dueOn)).toEqual(expect.arrayContaining([await shanghaiDay(-1), await shanghaiDay()]));
    await signIn();
    expect((await admin.get<Plan>(`/v1/admin/plans/${plan.id}`)).body.nextDueOn).toBe(await shanghaiDay(1));
  });

  it("gives a monthly plan's order the calendar month as its window", async () => {
    const today = await shanghaiDay();
    const [y, m] = today.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const plan = await createPlan(planBody({ name: { zh: '呼吸机月检', en: 'Ventilator monthly' }, schedule: { frequency: 'monthly', startsOn: today } }));
    expect(plan.windowIsDefault).toBe(true);
    await runGenerator();
    const [order] = await ordersOf(plan.id);
    expect(order).toMatchObject({ dueOn: today, opensOn: `${today.slice(0, 7)}-01`, closesOn: `${today.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`, period: today.slice(0, 7).replace('-', '') });
  });

  it('makes one order per device of an assetType plan', async () => {
    const type = `pump-${hospital.hospitalId}`;
    for (const id of ['PM-P1', 'PM-P2', 'PM-P3']) {
      const device = { id, name: `输液泵 ${id}`, type, model: null, serial: null, vendor: null, installDate: null, warrantyEnd: null, categoryCode: 'medical_equipment', maintenanceCycleDays: null, lifeSupport: false, locationId: hospital.rooms.ward.id };
      expect((await admin.post('/v1/admin/assets', device)).status).toBe(201);
    }
    const plan = await createPlan(planBody({ name: { zh: '输液泵巡检', en: 'Pump check' }, target: { kind: 'assetType', assetType: type }, schedule: { frequency: 'weekly', startsOn: await shanghaiDay() }, criticality: 'highRisk' }));
    expect(plan.target).toEqual({ kind: 'assetType', assetType: type, assetCount: 3 });
    await runGenerator();
    await runGenerator();
    const orders = await ordersOf(plan.id);
    expect(orders.map((o) => o.checkpoints[0]!.id).sort()).toEqual(['PM-P1', 'PM-P2', 'PM-P3']);
  });

  it('opens one order when a meter reading passes its threshold, none for a repeated reading, one for a jump over two', async () => {
    const elevator = hospital.assets.elevator.id;
    const plan = await createPlan(
      planBody({
        name: { zh: '电梯运行小时保养', en: 'Lift service by running hours' },
        target: { kind: 'asset', assetId: elevator },
        schedule: { frequency: 'meter', startsOn: await shanghaiDay(), meter: { name: 'run_hours', unit: 'h', every: 500, startsAt: 0 } },
        criticality: 'normal',
      }),
    );
    expect(plan.nextDueOn).toBeNull();
    expect(plan.meter).toEqual({ lastReading: null, nextAt: 500, unit: 'h' });
    const read = (value: number) => zhao.post<MeterReadingResult>(`/v1/assets/${elevator}/meter-readings`, { meter: 'run_hours', value });

    expect((await read(420)).body.openedOrders).toEqual([]);
    const crossing = await read(520);
    expect(crossing.status).toBe(200);
    expect(crossing.body.openedOrders).toEqual([expect.objectContaining({ id: `${plan.id}-m1`, planId: plan.id })]);
    expect((await read(520)).body.openedOrders).toEqual([]);
    // 1,600 passes 1,000 and 1,500 at once: one order, for the third threshold.
    expect((await read(1600)).body.openedOrders.map((o) => o.id)).toEqual([`${plan.id}-m3`]);
    expect((await admin.get<Plan>(`/v1/admin/plans/${plan.id}`)).body.meter).toEqual({ lastReading: 1600, nextAt: 2000, unit: 'h' });
    expect((await nurse.post(`/v1/assets/${elevator}/meter-readings`, { meter: 'run_hours', value: 3000 })).status).toBe(403);
  });
});

describe('the plans API', () => {
  it.each([
    ['a checklist id used twice', { checklist: [checklist[0]!, { ...checklist[0]! }] }, 'checklist.1.id', '重复'],
    ['a number item with min above max', { checklist: [{ ...checklist[1]!, min: 40, max: 30 }] }, 'checklist.0.max', '大于上限'],
    ['a meter plan without its meter', { schedule: { frequency: 'meter', startsOn: '2026-12-01' } }, 'schedule.meter', '计量表'],
    ['a round with a place that does not exist', { target: { kind: 'round', checkpoints: [{ kind: 'location', id: 'T1-0202' }, { kind: 'location', id: 'NOWHERE' }] } }, 'target.checkpoints.1.id', '不存在'],
    ['a device that does not exist', { target: { kind: 'asset', assetId: 'NO-SUCH-DEVICE' } }, 'target.assetId', '不存在'],
    ['a device type with no device', { target: { kind: 'assetType', assetType: 'no-such-type' } }, 'target.assetType', '没有类型'],
  ] as const)('rejects %s with a bilingual message', async (_case, over, field, zh) => {
    const res = await admin.post<{ error: { message: string; messageZh: string; details: { field: string; messageZh: string }[] } }>('/v1/admin/plans', planBody({ schedule: { frequency: 'daily', startsOn: '2026-12-01' }, ...over } as CreatePlanBody));
    expect(res.status).toBe(400);
    expect(res.body.error.message.length).toBeGreaterThan(0);
    expect(res.body.error.messageZh).toContain(zh);
    expect(res.body.error.details[0]).toMatchObject({ field });
  });

  it('lets a manager create a plan (accepting a suggestion) and refuses a nurse', async () => {
    const body = planBody({ schedule: { frequency: 'yearly', startsOn: '2027-03-01' } });
    expect((await nurse.post('/v1/admin/plans', body)).status).toBe(403);
    const made = await manager.post<Plan>('/v1/admin/plans', body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ nextDueOn: '2027-03-01', window: { beforeDays: 30, afterDays: 30 }, windowIsDefault: true, leadDays: 0, postponeMaxDays: 5 });
    expect((await manager.put(`/v1/admin/plans/${made.body.id}`, { ...body, version: made.body.version })).status).toBe(403);
    const renamed = await admin.put<Plan>(`/v1/admin/plans/${made.body.id}`, { ...body, name: { zh: '呼吸机年检', en: 'Ventilator yearly' }, version: made.body.version });
    expect(renamed.status).toBe(200);
    expect((await admin.put(`/v1/admin/plans/${made.body.id}`, { ...body, version: made.body.version })).status).toBe(409);
    const retired = await admin.delete<Plan>(`/v1/admin/plans/${made.body.id}?version=${renamed.body.version}`);
    expect(retired.body).toMatchObject({ retired: true, nextDueOn: null });
  });
});
