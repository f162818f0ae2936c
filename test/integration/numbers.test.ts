import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import ExcelJS from 'exceljs';
import type { Dashboard } from '../../functions/src/contract/dashboard';
import type { AssetReport } from '../../functions/src/contract/reports';
import type { Ticket } from '../../functions/src/contract/tickets';
import { SHEETS } from '../../functions/src/adapters/excel/reportWorkbook';
import { api, type ApiClient } from '../support/api';
import { stackEnv } from '../support/env';
import { createTestHospital, type TestHospital } from '../support/hospital';
import { advanceClock, stackNow } from '../support/localControls';

/**
 * The numbers with a moved clock: a device whose fault is still open is down up to now, the
 * workbook's period stops at today, and the workbook says what the dashboard and the league
 * table say for the same period.
 */
let hospital: TestHospital;
let nurse: ApiClient;
let desk: ApiClient;
let zhao: ApiClient;
let manager: ApiClient;

const zone = 'Asia/Shanghai';
const dayOf = (at: Date | string) => format(new TZDate(new Date(at), zone), 'yyyy-MM-dd');
const minutesOfDay = (at: Date) => {
  const local = new TZDate(at, zone);
  return local.getHours() * 60 + local.getMinutes();
};

beforeAll(async () => {
  // The open fault below must stay inside its reported day for two hours: start after midnight if the day is nearly over.
  const sinceMidnight = minutesOfDay(await stackNow());
  if (sinceMidnight > 21 * 60) await advanceClock(24 * 60 - sinceMidnight + 5);
  hospital = await createTestHospital();
  const as = (id: string) => api.as(hospital.hospitalId, id);
  [nurse, desk, zhao, manager] = await Promise.all([as(hospital.users.nurse), as(hospital.users.dispatcher), as(hospital.users.electrician), as(hospital.users.manager)]);
});

/** The aggregates follow the stream: ask until the answer shows what was done (bounded). */
async function readWhen<T>(path: string, query: Record<string, string>, ready: (body: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await manager.get<T>(path, { query });
    expect(res.status).toBe(200);
    if (ready(res.body) || Date.now() > deadline) return res.body;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function workbook(query: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(new URL(`/v1/reports/${query}`, stackEnv('API_URL')), { headers: { authorization: `Bearer ${manager.token}` } });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}

function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const summaryOf = (book: ExcelJS.Workbook) => new Map(sheetRows(book, SHEETS.summary).map((r) => [String(r[0]), r[1]]));

describe('availability and the workbook, with a moved clock', () => {
  let elevatorTicket: Ticket;
  let reportedDay: string;

  it('counts the downtime of an elevator whose fault is still open up to now, and lists it as down now', async () => {
    const res = await nurse.post<Ticket>(
      '/v1/tickets',
      { qrCode: hospital.assets.elevator.qrCode, categoryCode: 'elevator', description: '电梯门关不上', urgency: 'normal', notADuplicate: true },
      { headers: { 'idempotency-key': `numbers-elevator-${hospital.hospitalId}` } },
    );
    expect(res.status).toBe(201);
    elevatorTicket = res.body;
    reportedDay = dayOf(elevatorTicket.createdAt);
    await advanceClock(120);

    const day = { from: reportedDay, to: reportedDay };
    const league = await readWhen<AssetReport>('/v1/reports/assets', { ...day, category: 'elevator' }, (r) => r.items.length > 0);
    // One day (1,440 min) with the elevator down for the last 120 of them: 开机率 1 − 120/1440, MTBF (1440 − 120) / 1 / 60 h.
    expect(league.items).toEqual([
      {
        assetId: hospital.assets.elevator.id,
        name: '测试楼 1号客梯',
        categoryCode: 'elevator',
        failures: 1,
        downtimeMinutes: 120,
        availability: 0.9167,
        mtbfHours: 22,
        mttrMinutes: null,
        partsCost: 0,
        downNow: true,
        downSince: elevatorTicket.createdAt,
      },
    ]);
  });

  it('stops counting when the reporter confirms the repair', async () => {
    const go = (verb: string, client: ApiClient, body?: unknown) => client.post<Ticket>(`/v1/tickets/${elevatorTicket.id}/${verb}`, body);
    expect((await go('assign', desk, { technicianId: hospital.users.electrician })).status).toBe(200);
    expect((await go('accept', zhao)).status).toBe(200);
    expect((await go('arrive', zhao, { qrCode: hospital.assets.elevator.qrCode })).status).toBe(200);
    expect((await go('complete', zhao, { note: '调整门机', parts: [{ name: '门机皮带', quantity: 1, unitCost: 80 }] })).status).toBe(200);
    expect((await go('confirm', nurse, { satisfied: true })).status).toBe(200);
    await advanceClock(60);

    const league = await readWhen<AssetReport>('/v1/reports/assets', { from: reportedDay, to: reportedDay, category: 'elevator' }, (r) => r.items[0]?.downNow === false);
    // Report → confirmation: the 120 minutes and the seconds of the steps above; the hour after it is not downtime.
    expect(league.items[0]).toMatchObject({ failures: 1, downtimeMinutes: 120, availability: 0.9167, downNow: false, downSince: null, partsCost: 80 });
  });

  it('cuts the monthly and quarterly workbooks at today', async () => {
    const today = dayOf(await stackNow());
    const month = today.slice(0, 7);
    const quarter = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
    const quarterStart = `${month.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
    expect(summaryOf(await workbook(`monthly?month=${month}`)).get('统计周期')).toBe(`${month}-01 ~ ${today}`);
    expect(summaryOf(await workbook(`quarterly?quarter=${quarter}`)).get('统计周期')).toBe(`${quarterStart} ~ ${today}`);
  });

  it('says in the workbook what the dashboard and the league table say for the same period, in Chinese', async () => {
    const month = reportedDay.slice(0, 7);
    const dashboard = await readWhen<Dashboard>('/v1/dashboard', {}, (d) => d.tickets.reported === 1);
    const league = await readWhen<AssetReport>('/v1/reports/assets', {}, (r) => r.items.length === 1);
    const book = await workbook(`monthly?month=${month}`);
    const summary = summaryOf(book);

    expect(summary.get('统计周期')).toBe(`${dashboard.period.from} ~ ${dashboard.period.to}`);
    expect(dashboard.tickets.reported).toBe(1);
    expect(summary.get('报修总数')).toBe(1);
    expect(dashboard.tickets.byStatus.confirmed).toBe(1);
    expect(summary.get('状态：已确认')).toBe(1);
    expect(summary.get('状态：待派单')).toBe(0);
    expect([...summary.keys()].filter((k) => /[a-z_]{4,}/.test(k))).toEqual([]);
    expect(summary.get('耗材费用合计 (元)')).toBe(80);

    const [assetHeader, ...assetRows] = sheetRows(book, SHEETS.assets);
    expect(assetHeader).toEqual(['设备编号', '设备', '类别', '故障次数', '停机 (分钟)', '开机率 %', 'MTBF (小时)', 'MTTR (分钟)', '配件费用 (元)', '当前停机', '停机起始']);
    const item = league.items[0]!;
    expect(assetRows).toEqual([
      [hospital.assets.elevator.id, '测试楼 1号客梯', '电梯', item.failures, item.downtimeMinutes, Math.round(item.availability * 1000) / 10, item.mtbfHours, item.mttrMinutes, 80, '否'],
    ]);

    const [ticketHeader, ...ticketRows] = sheetRows(book, SHEETS.tickets);
    expect(ticketHeader).toEqual([
      '工单号', '报修时间', '渠道', '位置', '设备', '类别', '紧急程度', '状态',
      '接单时间', '到场时间', '完工时间', '确认时间', '维修人员', '配件', '配件费用 (元)', '评分', '签字',
    ]);
    expect(ticketRows).toHaveLength(dashboard.tickets.reported);
    const row = ticketRows[0]!;
    expect(row[0]).toBe(elevatorTicket.number);
    expect(row[1]).toBe(format(new TZDate(new Date(elevatorTicket.createdAt), zone), 'yyyy-MM-dd HH:mm'));
    expect(row.slice(2, 8)).toEqual(['自助报修', '测试楼 · 1层 · 大厅', '测试楼 1号客梯', '电梯', '一般', '已确认']);
    expect(row.slice(8, 12).every((v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(v))).toBe(true);
    // Not rated yet: an empty 评分; no signature until signatures exist.
    expect(row.slice(12)).toEqual(['赵师傅', '门机皮带 ×1', 80, undefined, '否']);
  });
});
