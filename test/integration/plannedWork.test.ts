import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { aCheckpoint } from '../../functions/src/domain/testing/workOrderFactory';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { workOrderPk } from '../../functions/src/adapters/dynamo/keys';
import { PageCursors } from '../../functions/src/adapters/dynamo/pageCursor';
import { DynamoWorkOrderRepository } from '../../functions/src/adapters/dynamo/workOrderRepository';
import type { ErrorBody } from '../../functions/src/contract/common';
import type { NotificationPage } from '../../functions/src/contract/notifications';
import type { WorkOrder } from '../../functions/src/contract/planned';
import type { TicketDetail, TicketPage } from '../../functions/src/contract/tickets';
import type { CheckpointRecord, WorkOrderRecord } from '../../functions/src/domain/planned/records';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { runSlaScan, stackNow } from '../support/localControls';
import { eventually } from '../support/notifications';

/**
 * Running planned work through the API (issue 15, part RUN): a round's checkpoints, the corrective
 * ticket of a failed item, the window's edges, postponement, the overdue escalation, who may, and
 * the offline queue. The orders are written the way the generator writes them (its repository),
 * with their days set around the stack's today, so no test waits or moves the clock by days (a
 * jump of a day would end every other file's 12-hour sessions on the shared stack).
 */
let hospital: TestHospital;
let zhao: ApiClient;
let desk: ApiClient;
let manager: ApiClient;
let nurse: ApiClient;
let strangerZhao: ApiClient;
let repository: DynamoWorkOrderRepository;
let doc: ReturnType<typeof createDocumentClient>;
let n = 0;

/** The hospital's (Asia/Shanghai, UTC+8, no summer time) calendar day `offset` days from the stack's today. */
let todayUtc8Ms = 0;
const day = (offset: number) => new Date(todayUtc8Ms + offset * 86_400_000).toISOString().slice(0, 10);
/** 00:00 of the next day in Shanghai: where the day ends. */
const endOf = (d: string) => new Date(`${new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}T00:00:00+08:00`).toISOString();

beforeAll(async () => {
  const [mine, other] = await Promise.all([createTestHospital(), createTestHospital()]);
  hospital = mine;
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [zhao, desk, manager, nurse, strangerZhao] = await Promise.all([
    as(hospital.users.electrician),
    as(hospital.users.dispatcher),
    as(hospital.users.manager),
    as(hospital.users.nurse),
    api.as(other.hospitalId, other.users.electrician),
  ]);
  doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  repository = new DynamoWorkOrderRepository(doc, stackEnv('TABLE_NAME'), new PageCursors('plannedWork-test-only-the-create-path-writes'));
  todayUtc8Ms = Date.parse(`${new Date((await stackNow()).getTime() + 8 * 3600_000).toISOString().slice(0, 10)}T00:00:00Z`);
});

afterAll(() => doc.destroy());

const checkpoint = (index: number, kind: 'location' | 'asset', ref: { id: string; qrCode: string }, name: string, locationId: string): CheckpointRecord =>
  aCheckpoint({ index, kind, id: ref.id, name, qrCode: ref.qrCode, locationId });

/** A round of three checkpoints (lobby, nurse station, the ward's air conditioner) for tech-zhao, closing on `closesOn`. */
async function putOrder(closesOn: string, fields: Partial<WorkOrderRecord> = {}): Promise<WorkOrderRecord> {
  const id = `PLRUN-${++n}-${Date.now()}`;
  const { rooms, assets } = hospital;
  const order: WorkOrderRecord = {
    hospitalId: hospital.hospitalId,
    id,
    number: `PM20261201-${String(n).padStart(4, '0')}`,
    planId: 'PLRUN',
    planName: { zh: '配电巡检', en: 'Power round' },
    kind: 'round',
    period: closesOn.replaceAll('-', ''),
    dueOn: closesOn,
    opensOn: closesOn,
    closesOn,
    closesAt: endOf(closesOn),
    originalClosesOn: closesOn,
    status: 'scheduled',
    onTime: null,
    criticality: 'normal',
    categoryCode: 'power',
    technicianId: hospital.users.electrician,
    team: null,
    checklist: [
      { id: 'breaker', kind: 'passFail', label: { zh: '配电箱正常', en: 'Breaker box fine' }, required: true },
      { id: 'temp', kind: 'number', label: { zh: '温度', en: 'Temperature' }, unit: '℃', min: 0, max: 40, required: true },
    ],
    checkpoints: [
      checkpoint(0, 'location', rooms.lobby, '门诊大厅', rooms.lobby.id),
      checkpoint(1, 'location', rooms.nurseStation, '护士站', rooms.nurseStation.id),
      checkpoint(2, 'asset', assets.wardAirConditioner, '病房空调', rooms.ward.id),
    ],
    postponements: [],
    postponeMaxDays: 5,
    startedAt: null,
    completedAt: null,
    escalations: [],
    meterReading: null,
    createdAt: new Date(todayUtc8Ms - 8 * 3600_000 - 2 * 86_400_000).toISOString(),
    updatedAt: new Date(todayUtc8Ms - 8 * 3600_000 - 2 * 86_400_000).toISOString(),
    version: 1,
    ...fields,
  };
  expect(await repository.create(order, null)).toBe(true);
  return order;
}

const fine = [{ itemId: 'breaker', pass: true }, { itemId: 'temp', value: 22 }];
type Answer = WorkOrder & ErrorBody;
const post = (client: ApiClient, path: string, body: unknown, headers: Record<string, string> = {}) => client.post<Answer>(`/v1/work-orders/${path}`, body, { headers });
const record = (o: { id: string }, index: number, qrCode: string, version: number, results: unknown[] = fine, headers: Record<string, string> = {}) =>
  post(zhao, `${o.id}/checkpoints/${index}`, { qrCode, results, version }, headers);

/** Every round of the order's stored outbox: what the notifier is asked to tell. */
async function outboxOf(orderId: string): Promise<{ kind: string; roles: string[] }[]> {
  const out = await doc.send(
    new QueryCommand({
      TableName: stackEnv('TABLE_NAME'),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :out)',
      ExpressionAttributeValues: { ':pk': workOrderPk(hospital.hospitalId, orderId), ':out': 'OUT#' },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => ({ kind: String(i.kind), roles: (i.roles as string[]) ?? [] }));
}

describe('a round of three checkpoints', () => {
  it('proves presence by the label, needs a reason to skip, and completes once every checkpoint is done or skipped', async () => {
    const order = await putOrder(day(0));
    const { rooms, assets } = hospital;
    const started = await post(zhao, `${order.id}/start`, { version: 1 });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('in_progress');

    const wrongLabel = await record(order, 0, rooms.nurseStation.qrCode, 2);
    expect(wrongLabel.status).toBe(409);
    expect(wrongLabel.body.error.messageZh).toBe('这不是该检查点的二维码');

    const first = await record(order, 0, rooms.lobby.qrCode, 2);
    expect(first.status).toBe(200);
    expect(first.body.checkpoints[0]).toMatchObject({ status: 'done', by: '赵师傅' });

    const tooEarly = await post(zhao, `${order.id}/complete`, { version: 3 });
    expect(tooEarly.status).toBe(409);

    const noReason = await post(zhao, `${order.id}/checkpoints/1/skip`, { version: 3 });
    expect(noReason.status).toBe(400);
    const blankReason = await post(zhao, `${order.id}/checkpoints/1/skip`, { reason: '   ', version: 3 });
    expect(blankReason.status).toBe(400);
    const skipped = await post(zhao, `${order.id}/checkpoints/1/skip`, { reason: '护士站锁门', version: 3 });
    expect(skipped.status).toBe(200);
    expect(skipped.body.checkpoints[1]).toMatchObject({ status: 'skipped', skipReason: '护士站锁门' });

    expect((await record(order, 2, assets.wardAirConditioner.qrCode, 4)).status).toBe(200);
    const done = await post(zhao, `${order.id}/complete`, { version: 5 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', onTime: true });
    expect(done.body.checkpoints.map((c) => c.status)).toEqual(['done', 'skipped', 'done']);

    const stale = await post(zhao, `${order.id}/checkpoints/0/skip`, { reason: '再试', version: 2 });
    expect(stale.status).toBe(409);
  });
});

describe('a failed item', () => {
  it('opens one corrective ticket in the desk queue, linked both ways; a resend and a re-record open no more', async () => {
    const order = await putOrder(day(1));
    const { rooms } = hospital;
    const hot = [{ itemId: 'breaker', pass: true }, { itemId: 'temp', value: 55 }];
    const headers = { 'idempotency-key': `planned-fail-${order.id}` };
    const first = await record(order, 0, rooms.lobby.qrCode, 1, hot, headers);
    expect(first.status).toBe(200);
    const temp = first.body.checkpoints[0]!.results.find((r) => r.itemId === 'temp')!;
    expect(temp.failed).toBe(true);
    expect(temp.ticketId).toEqual(expect.any(String));
    expect(first.body.checkpoints[0]!.results.find((r) => r.itemId === 'breaker')).toMatchObject({ failed: false, ticketId: null });

    const { ticket } = (await desk.get<TicketDetail>(`/v1/tickets/${temp.ticketId!}`)).body;
    expect(ticket).toMatchObject({ workOrderId: order.id, workOrderNumber: order.number, categoryCode: 'power', urgency: 'normal', status: 'submitted' });
    expect(ticket.location.id).toBe(hospital.rooms.lobby.id);
    expect(ticket.description).toContain('温度');
    expect(ticket.description).toContain('55℃');

    const resend = await record(order, 0, rooms.lobby.qrCode, 1, hot, headers);
    expect(resend.status).toBe(200);
    expect(resend.headers.get('idempotent-replayed')).toBe('true');
    const again = await record(order, 0, rooms.lobby.qrCode, 2, [{ itemId: 'breaker', pass: true }, { itemId: 'temp', value: 61 }]);
    expect(again.status).toBe(200);
    expect(again.body.checkpoints[0]!.results.find((r) => r.itemId === 'temp')!.ticketId).toBe(temp.ticketId);

    const queue = await desk.get<TicketPage>('/v1/tickets?scope=queue&limit=50');
    const opened = queue.body.items.filter((t) => t.description.includes(order.number));
    expect(opened.map((t) => t.id)).toEqual([temp.ticketId]);
  });
});

describe("the window's edges", () => {
  it.each([
    ['completed on its closing day is on time', 0, true],
    ['completed a day past its closing day is late', -1, false],
  ])('%s', async (_, closesIn, onTime) => {
    const order = await putOrder(day(closesIn), { checkpoints: [checkpoint(0, 'location', hospital.rooms.lobby, '门诊大厅', hospital.rooms.lobby.id)] });
    expect((await record(order, 0, hospital.rooms.lobby.qrCode, 1)).status).toBe(200);
    const done = await post(zhao, `${order.id}/complete`, { version: 2 });
    expect(done.status).toBe(200);
    expect(done.body.onTime).toBe(onTime);
  });
});

describe('a postponement', () => {
  it("moves the closing day within the plan's limit and keeps the reason; beyond it is refused", async () => {
    const order = await putOrder(day(0));
    const within = await post(zhao, `${order.id}/postpone`, { reason: 'inUse', note: '手术中', untilDay: day(5), version: 1 });
    expect(within.status).toBe(200);
    expect(within.body.closesOn).toBe(day(5));
    expect(within.body.postponements).toEqual([expect.objectContaining({ reason: 'inUse', note: '手术中', fromCloses: day(0), toCloses: day(5) })]);

    const other = await putOrder(day(0));
    const beyond = await post(zhao, `${other.id}/postpone`, { reason: 'notFound', untilDay: day(6), version: 1 });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.details?.[0]).toMatchObject({ field: 'body.untilDay', code: 'postpone_too_far' });
    expect((await zhao.get<WorkOrder>(`/v1/work-orders/${other.id}`)).body.closesOn).toBe(day(0));
  });
});

describe('overdue planned work', () => {
  it('tells the desk once when the closing day has ended, and not yet the managers', async () => {
    const order = await putOrder(day(-1));
    await runSlaScan(hospital.hospitalId);
    await runSlaScan(hospital.hospitalId);
    expect(await outboxOf(order.id)).toEqual([{ kind: 'planned_work_overdue', roles: ['dispatcher'] }]);
    expect((await desk.get<WorkOrder>(`/v1/work-orders/${order.id}`)).body.status).toBe('missed');
  });

  it('tells the managers once a day after the desk, whatever reruns, through the notification pipeline', async () => {
    const order = await putOrder(day(-3));
    await runSlaScan(hospital.hospitalId);
    await runSlaScan(hospital.hospitalId);
    expect(await outboxOf(order.id)).toEqual([
      { kind: 'planned_work_overdue', roles: ['dispatcher'] },
      { kind: 'planned_work_overdue', roles: ['manager'] },
    ]);
    const told = await eventually(async () => {
      const inbox = await manager.get<NotificationPage>('/v1/notifications');
      return inbox.body.items.find((i) => i.kind === 'planned_work_overdue' && i.ticketId === order.id);
    }, "the manager's overdue notice");
    expect(told.title).toBe('计划工作已逾期');
    expect(told.body).toContain(order.number);
  });
});

describe('who may', () => {
  it("answers another hospital's technician 404 and a nurse 403", async () => {
    const order = await putOrder(day(1));
    expect((await strangerZhao.get(`/v1/work-orders/${order.id}`)).status).toBe(404);
    expect((await post(strangerZhao, `${order.id}/start`, { version: 1 })).status).toBe(404);
    expect((await nurse.get(`/v1/work-orders/${order.id}`)).status).toBe(403);
    expect((await post(nurse, `${order.id}/start`, { version: 1 })).status).toBe(403);
    const list = await zhao.get<{ items: { id: string }[] }>('/v1/work-orders?scope=mine&limit=50');
    expect(list.body.items.map((o) => o.id)).toContain(order.id);
    const due = await desk.get<{ items: { id: string }[] }>('/v1/work-orders?scope=due&limit=50');
    expect(due.body.items.map((o) => o.id)).toContain(order.id);
  });
});

describe('from the offline queue', () => {
  it("records the phone's time on the checkpoint, and a resend is answered without recording it twice", async () => {
    const order = await putOrder(day(1));
    const deviceTime = new Date((await stackNow()).getTime() - 5 * 60_000).toISOString();
    const headers = { 'idempotency-key': `planned-offline-${order.id}`, 'device-time': deviceTime };
    const first = await record(order, 0, hospital.rooms.lobby.qrCode, 1, fine, headers);
    expect(first.status).toBe(200);
    expect(first.body.checkpoints[0]!.deviceAt).toBe(deviceTime);
    expect(first.body.startedAt).toBe(deviceTime);
    const resend = await record(order, 0, hospital.rooms.lobby.qrCode, 1, fine, headers);
    expect(resend.headers.get('idempotent-replayed')).toBe('true');
    expect(resend.body.version).toBe(2);
  });
});
