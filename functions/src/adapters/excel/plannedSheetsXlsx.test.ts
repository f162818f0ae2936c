import ExcelJS from 'exceljs';
import { readPlannedSheets } from '../../domain/planned/readMeasures';
import type { WorkOrderRecord } from '../../domain/planned/records';
import { memoryAggregates } from '../../domain/testing/memoryAggregates';
import { aCheckpoint, aWorkOrder } from '../../domain/testing/workOrderFactory';
import { aUser } from '../../domain/testing/factories';
import { resolvePeriod } from '../../domain/reports/period';
import { readAllReports } from '../../domain/reports/readAllReports';
import { SHEETS, buildReportWorkbook } from './reportWorkbook';

const zone = 'Asia/Shanghai';
/** 2026-12-05 12:00 in Shanghai. */
const now = new Date('2026-12-05T04:00:00Z');

const orders: WorkOrderRecord[] = [
  aWorkOrder({ id: 'a', number: 'PM20261101-0001', criticality: 'lifeSupport', status: 'done', onTime: true, completedAt: '2026-11-10T02:00:00.000Z' }),
  aWorkOrder({ id: 'b', number: 'PM20261101-0002', criticality: 'lifeSupport', technicianId: 'tech-zhao' }),
  aWorkOrder({
    id: 'r', number: 'PM20261103-0001', kind: 'round', planName: { zh: '配电房日巡查', en: 'Switch room round' }, dueOn: '2026-11-03', opensOn: '2026-11-03', closesOn: '2026-11-03',
    status: 'done', onTime: true, completedAt: '2026-11-03T03:00:00.000Z',
    checkpoints: [
      aCheckpoint({
        index: 0, name: '1号配电柜', status: 'done', by: 'tech-zhao', at: '2026-11-03T02:00:00.000Z', deviceAt: '2026-11-03T01:55:00.000Z',
        results: [{ itemId: 'pressure', pass: null, value: 6, text: null, photoKey: null, failed: true, ticketId: 't1', ticketNumber: 'BX20261103-0002' }],
      }),
      aCheckpoint({ index: 1, name: '2号配电柜', status: 'skipped', skipReason: '检修中', by: 'tech-zhao', at: '2026-11-03T02:10:00.000Z' }),
    ],
  }),
];

async function workbook(): Promise<ExcelJS.Workbook> {
  const period = resolvePeriod({ month: '2026-11' }, now, zone);
  const deps = {
    aggregates: memoryAggregates(),
    catalog: { listCategories: async () => [] },
    tickets: { countCallbacksOwed: async () => 0 },
    plannedReports: { listMonthOrders: async () => ({ orders, truncated: false }), listOrdersDueBetween: async () => ({ orders: [], truncated: false }), devicesOfType: async () => [] },
    users: { listUsers: async () => [aUser({ id: 'tech-zhao', name: '赵师傅' })] },
  };
  const [reports, planned] = await Promise.all([readAllReports(deps, 'h1', period, now), readPlannedSheets(deps, 'h1', period, now)]);
  const bytes = await buildReportWorkbook('月报 2026-11', reports, planned);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const rowsOf = (book: ExcelJS.Workbook, sheet: string) => {
  const rows: unknown[][] = [];
  book.getWorksheet(sheet)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};

describe('the workbook’s planned work', () => {
  it('has 计划维护: the month’s completion within the window, what is overdue and the failed items with their tickets', async () => {
    const rows = rowsOf(await workbook(), SHEETS.planned);
    expect(rows).toEqual([
      ['月份', '类别', '应完成', '按时完成', '逾期完成', '未到期', '未完成（已过截止日）', '按时完成率 %', '目标 %'],
      ['2026-11', '计划维护（全部）', 2, 1, 0, 0, 1, 50, undefined],
      ['2026-11', '生命支持与高风险设备', 2, 1, 0, 0, 1, 50, 100],
      ['2026-11', '巡检', 1, 1, 0, 0, 0, 100, undefined],
      ['2026-11', '当前逾期未完成', 1],
      ['2026-11', '不合格项', 1],
      ['逾期未完成的计划工作'],
      ['工单号', '计划', '类型', '关键等级', '应完成日', '窗口开始', '截止日', '状态', '负责人', '班组'],
      ['PM20261101-0002', '呼吸机月度维护', '计划维护', '生命支持', '2026-11-01', '2026-11-01', '2026-11-30', '待执行', '赵师傅'],
      ['不合格项及纠正工单'],
      ['工单号', '计划', '检查点', '检查项', '读数', '单位', '记录时间', '纠正工单号'],
      ['PM20261103-0001', '配电房日巡查', '1号配电柜', '气道压力', 6, 'kPa', '2026-11-03 10:00', 'BX20261103-0002'],
    ]);
  });

  it('has 设施巡检记录表: each round checkpoint by checkpoint, the reading, result, who, when and the phone’s time', async () => {
    const [header, ...rows] = rowsOf(await workbook(), SHEETS.inspection);
    expect(header).toEqual(['巡检工单号', '巡检计划', '应巡日期', '序号', '检查点', '检查项', '读数', '单位', '结果', '说明', '巡检人', '记录时间', '手机时间（离线记录）', '纠正工单号']);
    expect(rows).toEqual([
      ['PM20261103-0001', '配电房日巡查', '2026-11-03', 1, '1号配电柜', '气道压力', 6, 'kPa', '不合格', undefined, '赵师傅', '2026-11-03 10:00', '2026-11-03 09:55', 'BX20261103-0002'],
      ['PM20261103-0001', '配电房日巡查', '2026-11-03', 2, '2号配电柜', undefined, undefined, undefined, '跳过', '检修中', '赵师傅', '2026-11-03 10:10', undefined, undefined],
    ]);
  });
});
