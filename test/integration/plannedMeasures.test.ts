import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, parseISO, startOfISOWeek } from 'date-fns';
import ExcelJS from 'exceljs';
import { DynamoAggregateRepository } from '../../functions/src/adapters/dynamo/aggregateRepository';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { workOrderItem } from '../../functions/src/adapters/dynamo/workOrderRepository';
import { SHEETS } from '../../functions/src/adapters/excel/reportWorkbook';
import type { PlanSuggestionList, PlannedCalendarReport, PlannedMonthReport } from '../../functions/src/contract/planned';
import { plannedReportRoutes } from '../../functions/src/contract/plannedReportRoutes';
import type { WorkOrderRecord } from '../../functions/src/domain/planned/records';
import { aCheckpoint, aWorkOrder } from '../../functions/src/domain/testing/workOrderFactory';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { stackNow } from '../support/localControls';

const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
const table = stackEnv('TABLE_NAME');
afterAll(() => doc.destroy());

const day = (d: Date) => format(d, 'yyyy-MM-dd');
const plus = (d: string, n: number) => day(addDays(parseISO(d), n));

let hospital: TestHospital;
let manager: ApiClient;
let desk: ApiClient;
let admin: ApiClient;
let nurse: ApiClient;
let zhao: ApiClient;
/** The hospital's today (Shanghai) when the file starts; the stack's clock only moves forward from there. */
let today: string;
/** The month two months back: every window of its orders has closed, but for the one postponed far ahead. */
let month: string;
/** The month before the current one, for the calendar. */
let calendarMonth: string;
let monday: string;

const passed = (itemId: string, value: number | null = null) => ({ itemId, pass: value === null ? true : null, value, text: null, photoKey: null, failed: false, ticketId: null, ticketNumber: null });
const failed = (itemId: string, value: number | null, ticketNumber: string) => ({ itemId, pass: value === null ? false : null, value, text: null, photoKey: null, failed: true, ticketId: `t-${ticketNumber}`, ticketNumber });

/**
 * A month of planned work with known outcomes (worked out by hand below the list), put as the
 * work-order repository writes them (its item function: the month index GSI1 and the rest).
 */
function monthOrders(): WorkOrderRecord[] {
  const d = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
  const lastDay = day(addDays(addMonths(parseISO(`${month}-01`), 1), -1));
  const hid = hospital.hospitalId;
  const maintenance = (id: string, fields: Partial<WorkOrderRecord>) => aWorkOrder({ hospitalId: hid, id, number: `PM-${id}`, dueOn: d(1), opensOn: d(1), closesOn: lastDay, originalClosesOn: lastDay, ...fields });
  const round = (id: string, fields: Partial<WorkOrderRecord>) =>
    aWorkOrder({
      hospitalId: hid, id, number: `PM-${id}`, kind: 'round', planName: { zh: '配电房日巡查', en: 'Switch room round' }, categoryCode: 'power',
      checklist: [
        { id: 'temp', kind: 'number', label: { zh: '柜温', en: 'Cabinet temperature' }, unit: '℃', min: 0, max: 40, required: true },
        { id: 'noise', kind: 'passFail', label: { zh: '无异响', en: 'No unusual noise' }, required: true },
      ],
      ...fields,
    });
  const doneOn = (n: number, onTime: boolean) => ({ status: 'done' as const, onTime, completedAt: `${d(n)}T02:00:00.000Z` });
  return [
    maintenance('m1', doneOn(10, true)),
    maintenance('m2', {
      ...doneOn(28, false),
      checkpoints: [aCheckpoint({ index: 0, kind: 'asset', id: 'T1-0203-VENT1', name: 'ICU 呼吸机', status: 'done', by: 'tech-zhao', at: `${d(28)}T02:00:00.000Z`, results: [passed('visual'), failed('pressure', 5.5, 'BX-0001')] })],
    }),
    maintenance('m3', { criticality: 'lifeSupport', ...doneOn(12, true) }),
    maintenance('m4', { criticality: 'lifeSupport', technicianId: 'tech-zhao' }),
    // Postponed far ahead: still open, whatever the other files do to the clock.
    maintenance('m5', { criticality: 'highRisk', dueOn: d(10), status: 'in_progress', closesOn: plus(today, 60) }),
    round('r1', {
      dueOn: d(3), opensOn: d(3), closesOn: d(3), originalClosesOn: d(3), ...doneOn(3, true),
      checkpoints: [
        aCheckpoint({ index: 0, name: '1号配电柜', status: 'done', by: 'tech-zhao', at: `${d(3)}T01:00:00.000Z`, deviceAt: `${d(3)}T00:58:00.000Z`, results: [failed('temp', 45, 'BX-0002'), passed('noise')] }),
        aCheckpoint({ index: 1, name: '2号配电柜', status: 'skipped', skipReason: '检修中', by: 'tech-zhao', at: `${d(3)}T01:10:00.000Z` }),
      ],
    }),
    round('r2', { dueOn: d(5), opensOn: d(5), closesOn: d(5), originalClosesOn: d(5), checkpoints: [aCheckpoint({ index: 0, name: '1号配电柜' })] }),
  ];
}

/** The week's calendar: Monday, Wednesday and Sunday of one week, and the next Monday (outside it). */
function weekOrders(): WorkOrderRecord[] {
  const hid = hospital.hospitalId;
  const at = (id: string, dueOn: string, fields: Partial<WorkOrderRecord> = {}) => aWorkOrder({ hospitalId: hid, id, number: `PM-${id}`, dueOn, opensOn: dueOn, closesOn: plus(dueOn, 2), ...fields });
  return [at('w-mon', monday, { criticality: 'normal' }), at('w-mon-vent', monday, { criticality: 'lifeSupport' }), at('w-wed', plus(monday, 2)), at('w-sun', plus(monday, 6)), at('w-next', plus(monday, 7))];
}

async function putOrders(orders: WorkOrderRecord[]): Promise<void> {
  await Promise.all(orders.map((o) => doc.send(new PutCommand({ TableName: table, Item: workOrderItem(o) }))));
}

/** Device faults as the aggregator writes them (one ASSET item per device and reported day). */
async function putFaults(assetId: string, categoryCode: string, byDay: Record<string, number>): Promise<void> {
  const repo = new DynamoAggregateRepository(doc, table);
  for (const [reported, failures] of Object.entries(byDay)) {
    await repo.applyOnce({
      hospitalId: hospital.hospitalId, ticketId: `fault-${assetId}-${reported}`, version: 1, alert: null,
      cells: [{ kind: 'ASSET', day: reported, value: assetId, attrs: { assetId, categoryCode, label: assetId }, counters: { reported: failures, failures } }],
    });
  }
}

beforeAll(async () => {
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [manager, desk, admin, nurse, zhao] = await Promise.all([as(hospital.users.manager), as(hospital.users.dispatcher), as(hospital.users.admin), as(hospital.users.nurse), as(hospital.users.electrician)]);
  const now = new TZDate(await stackNow(), 'Asia/Shanghai');
  today = format(now, 'yyyy-MM-dd');
  month = format(addMonths(parseISO(`${today.slice(0, 7)}-01`), -2), 'yyyy-MM');
  calendarMonth = format(addMonths(parseISO(`${today.slice(0, 7)}-01`), -1), 'yyyy-MM');
  monday = day(startOfISOWeek(parseISO(`${calendarMonth}-10`)));
  await putOrders([...monthOrders(), ...weekOrders()]);
});

describe('planned work measured', () => {
  it('measures the month as worked out by hand', async () => {
    // m1 on time, m2 late, m3 on time (life support), m4 missed (life support), m5 open (high risk);
    // r1 on time, r2 missed. Failed: m2's pressure and r1's temperature, each with its ticket.
    const res = await manager.get<PlannedMonthReport>('/v1/reports/planned', { query: { month } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      month,
      maintenance: { due: 5, onTime: 2, late: 1, open: 1, missed: 1, rate: 0.5 },
      critical: { due: 3, onTime: 1, late: 0, open: 1, missed: 1, rate: 0.5 },
      criticalTarget: 1,
      rounds: { due: 2, onTime: 1, late: 0, open: 0, missed: 1, rate: 0.5 },
      overdueNow: 2,
      failedItems: 2,
      correctiveTickets: [
        { ticketId: 't-BX-0001', number: 'BX-0001', workOrderNumber: 'PM-m2', item: 'ICU 呼吸机 · 气道压力' },
        { ticketId: 't-BX-0002', number: 'BX-0002', workOrderNumber: 'PM-r1', item: '1号配电柜 · 柜温' },
      ],
      truncated: false,
    });
    expect((await desk.get('/v1/reports/planned', { query: { month } })).status).toBe(200);
  });

  it('shows a week’s planned work on its days, any day naming its week', async () => {
    const res = await manager.get<PlannedCalendarReport>('/v1/reports/planned-calendar', { query: { week: plus(monday, 3) } });
    expect(res.status).toBe(200);
    expect(res.body.week).toBe(monday);
    expect(res.body.truncated).toBe(false);
    expect(res.body.days.map((d) => [d.day, d.orders.map((o) => o.number)])).toEqual([
      [monday, ['PM-w-mon-vent', 'PM-w-mon']],
      [plus(monday, 1), []],
      [plus(monday, 2), ['PM-w-wed']],
      [plus(monday, 3), []],
      [plus(monday, 4), []],
      [plus(monday, 5), []],
      [plus(monday, 6), ['PM-w-sun']],
    ]);
  });

  it('puts 计划维护 and 设施巡检记录表 into the monthly workbook', async () => {
    const res = await fetch(new URL(`/v1/reports/monthly?month=${month}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${manager.token}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rowsOf = (sheet: string) => {
      const rows: unknown[][] = [];
      book.getWorksheet(sheet)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      return rows;
    };
    const d = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
    const lastDay = day(addDays(addMonths(parseISO(`${month}-01`), 1), -1));
    expect(rowsOf(SHEETS.planned)).toEqual([
      ['月份', '类别', '应完成', '按时完成', '逾期完成', '未到期', '未完成（已过截止日）', '按时完成率 %', '目标 %'],
      [month, '计划维护（全部）', 5, 2, 1, 1, 1, 50],
      [month, '生命支持与高风险设备', 3, 1, 0, 1, 1, 50, 100],
      [month, '巡检', 2, 1, 0, 0, 1, 50],
      [month, '当前逾期未完成', 2],
      [month, '不合格项', 2],
      ['逾期未完成的计划工作'],
      ['工单号', '计划', '类型', '关键等级', '应完成日', '窗口开始', '截止日', '状态', '负责人', '班组'],
      ['PM-r2', '配电房日巡查', '巡检', '一般', d(5), d(5), d(5), '待执行', '赵师傅'],
      ['PM-m4', '呼吸机月度维护', '计划维护', '生命支持', d(1), d(1), lastDay, '待执行', '赵师傅'],
      ['不合格项及纠正工单'],
      ['工单号', '计划', '检查点', '检查项', '读数', '单位', '记录时间', '纠正工单号'],
      ['PM-m2', '呼吸机月度维护', 'ICU 呼吸机', '气道压力', 5.5, 'kPa', `${d(28)} 10:00`, 'BX-0001'],
      ['PM-r1', '配电房日巡查', '1号配电柜', '柜温', 45, '℃', `${d(3)} 09:00`, 'BX-0002'],
    ]);
    expect(rowsOf(SHEETS.inspection)).toEqual([
      ['巡检工单号', '巡检计划', '应巡日期', '序号', '检查点', '检查项', '读数', '单位', '结果', '说明', '巡检人', '记录时间', '手机时间（离线记录）', '纠正工单号'],
      ['PM-r1', '配电房日巡查', d(3), 1, '1号配电柜', '柜温', 45, '℃', '不合格', undefined, '赵师傅', `${d(3)} 09:00`, `${d(3)} 08:58`, 'BX-0002'],
      ['PM-r1', '配电房日巡查', d(3), 1, '1号配电柜', '无异响', undefined, undefined, '合格', undefined, '赵师傅', `${d(3)} 09:00`, `${d(3)} 08:58`],
      ['PM-r1', '配电房日巡查', d(3), 2, '2号配电柜', undefined, undefined, undefined, '跳过', '检修中', '赵师傅', `${d(3)} 09:10`],
      ['PM-r2', '配电房日巡查', d(5), 1, '1号配电柜', undefined, undefined, undefined, '未检'],
    ]);
  });

  it('suggests a plan for a device type with 4 faults in 90 days at threshold 3, not for one with 2', async () => {
    // The ICU's ventilator (life support) failed 4 times, the ward's air conditioner twice.
    await putFaults(hospital.assets.ventilator.id, 'medical_equipment', { [plus(today, -3)]: 3, [plus(today, -40)]: 1 });
    await putFaults(hospital.assets.wardAirConditioner.id, 'hvac', { [plus(today, -5)]: 2 });
    const asked = format(new TZDate(await stackNow(), 'Asia/Shanghai'), 'yyyy-MM-dd');
    const res = await admin.get<PlanSuggestionList>('/v1/admin/plan-suggestions', { query: { threshold: 3 } });
    expect(res.status).toBe(200);
    expect(res.body.threshold).toBe(3);
    expect(res.body.items.map((s) => ({ type: s.assetType, failures: s.failures, devices: s.devices, category: s.categoryCode, criticality: s.proposed.criticality, since: s.since }))).toEqual([
      { type: 'ventilator', failures: 4, devices: 1, category: 'medical_equipment', criticality: 'lifeSupport', since: plus(asked, -89) },
    ]);
    expect(res.body.items[0]!.proposed).toMatchObject({ target: { kind: 'assetType', assetType: 'ventilator' }, schedule: { frequency: 'monthly' } });
    // Without a threshold, 3; the manager may read them too.
    expect((await manager.get<PlanSuggestionList>('/v1/admin/plan-suggestions')).body.items.map((s) => s.assetType)).toEqual(['ventilator']);
    expect((await admin.get<PlanSuggestionList>('/v1/admin/plan-suggestions', { query: { threshold: 1 } })).body.items.map((s) => [s.assetType, s.failures])).toEqual([
      ['ventilator', 4],
      ['air_conditioner', 2],
    ]);
  });

  it.each([
    ['a nurse', () => nurse, [403, 403, 403]],
    ['a technician', () => zhao, [403, 403, 403]],
    ['the desk', () => desk, [200, 200, 403]],
  ] as const)('answers %s as the table says (month, calendar, suggestions)', async (_who, client, expected) => {
    const query = { month, week: monday };
    const statuses = await Promise.all(plannedReportRoutes.map(async (route) => (await client().get(route.path, { query })).status));
    expect(statuses).toEqual(expected);
  });
});
