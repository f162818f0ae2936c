import ExcelJS from 'exceljs';
import { memoryAggregates } from '../../domain/testing/memoryAggregates';
import { openFaultOf } from '../../domain/reports/openFaults';
import { resolvePeriod } from '../../domain/reports/period';
import { readAllReports } from '../../domain/reports/readAllReports';
import { ticketCells } from '../../domain/reports/ticketDeltas';
import { ticketSheetRow } from '../../domain/reports/ticketSheet';
import { aTicket } from '../../domain/testing/factories';
import type { CategoryRecord, TicketRecord } from '../../domain/records';
import { SHEETS, buildReportWorkbook } from './reportWorkbook';

const zone = 'Asia/Shanghai';
/** 2026-12-01 20:00 in Shanghai. */
const now = new Date('2026-12-01T12:00:00Z');
const categories = [
  { code: 'power', nameZh: '供电', team: '电工班' },
  { code: 'elevator', nameZh: '电梯', team: '电梯维保单位' },
] as CategoryRecord[];

const lamp = aTicket({
  id: 't1', number: 'BX20261201-0001', createdAt: '2026-12-01T01:00:00.000Z', status: 'closed', urgency: 'urgent',
  assigneeId: 'tech-zhao', assigneeName: '赵师傅', acceptedAt: '2026-12-01T01:10:00.000Z', arrivedAt: '2026-12-01T01:40:00.000Z',
  completedAt: '2026-12-01T02:00:00.000Z', confirmedAt: '2026-12-01T02:30:00.000Z', closedAt: '2026-12-01T03:00:00.000Z',
  completion: { note: '换灯管', parts: [{ name: '灯管', quantity: 2, unitCost: 15.5 }], photoKeys: [], byId: 'tech-zhao' },
  rating: { score: 5, comment: null, at: '2026-12-01T02:31:00.000Z' },
});
const lift = aTicket({
  id: 't2', number: 'BX20261201-0002', createdAt: '2026-12-01T10:00:00.000Z', status: 'submitted', urgency: 'emergency', categoryCode: 'elevator',
  assetId: 'el-01', assetName: '5号楼 1号电梯', locationPath: ['本部', '5号楼', '1层', '电梯厅'],
});

const repoOf = (tickets: TicketRecord[]) =>
  memoryAggregates({ cells: tickets.flatMap((t) => ticketCells(t, zone)), faults: tickets.flatMap((t) => openFaultOf(t) ?? []), rows: tickets.map((t) => ticketSheetRow(t, zone)) });

async function workbook(): Promise<ExcelJS.Workbook> {
  // The tickets' index would count two callbacks owed; none of a period that is only today can have aged out yet.
  const tickets = { countCallbacksOwed: async () => 2 };
  const reports = await readAllReports({ aggregates: repoOf([lamp, lift]), catalog: { listCategories: async () => categories }, tickets }, 'h1', resolvePeriod({ month: '2026-12' }, now, zone), now);
  const book = new ExcelJS.Workbook();
  const bytes = await buildReportWorkbook('月报 2026-12', reports);
  // exceljs types its input as an ArrayBuffer-backed Buffer: hand it the bytes it wrote.
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const rowsOf = (book: ExcelJS.Workbook, sheet: string) => {
  const rows: unknown[][] = [];
  book.getWorksheet(sheet)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};

describe('the monthly workbook', () => {
  it('covers the month up to today and names every status in Chinese', async () => {
    const summary = new Map(rowsOf(await workbook(), SHEETS.summary).map((r) => [r[0], r[1]]));
    expect(summary.get('统计周期')).toBe('2026-12-01 ~ 2026-12-01');
    expect(summary.get('统计截至')).toBe('2026-12-01 20:00');
    expect(summary.get('状态：已关闭')).toBe(1);
    expect(summary.get('状态：待派单')).toBe(1);
    expect(summary.get('未回访（完工 14 天未回访）')).toBe(0);
    expect([...summary.keys()].some((k) => /submitted|closed/.test(String(k)))).toBe(false);
  });

  it('lists every ticket of the period with its times in the hospital zone, labels for codes and no signature yet', async () => {
    const [header, ...rows] = rowsOf(await workbook(), SHEETS.tickets);
    expect(header).toHaveLength(17);
    expect(rows).toEqual([
      ['BX20261201-0001', '2026-12-01 09:00', '自助报修', '5号楼 · 3层 · 护士站', undefined, '供电', '紧急', '已关闭', '2026-12-01 09:10', '2026-12-01 09:40', '2026-12-01 10:00', '2026-12-01 10:30', '赵师傅', '灯管 ×2', 31, 5, '否'],
      ['BX20261201-0002', '2026-12-01 18:00', '自助报修', '5号楼 · 1层 · 电梯厅', '5号楼 1号电梯', '电梯', '危急', '待派单', undefined, undefined, undefined, undefined, undefined, undefined, 0, undefined, '否'],
    ]);
  });

  it('shows the elevator down now with its downtime up to now and its category in words', async () => {
    const [, ...rows] = rowsOf(await workbook(), SHEETS.assets);
    // Reported 18:00, read at 20:00: 120 min of the day's 1,440 → 91.7 %.
    expect(rows).toEqual([['el-01', '5号楼 1号电梯', '电梯', 1, 120, 91.7, 22, undefined, 0, '是', '2026-12-01 18:00']]);
  });
});
