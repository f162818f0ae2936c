import ExcelJS from 'exceljs';
import type { PlannedSheets } from '../../domain/planned/readMeasures';
import type { AllReports } from '../../domain/reports/readAllReports';
import { STATUS_ZH, YES_NO_ZH, categoryLabels, labelOf } from '../../domain/reports/labelsZh';
import { SHEETS } from './reportWorkbook';
import { addPlannedSheets } from './plannedSheetsXlsx';
import { addIncidentSheet } from './incidentSheetXlsx';
import type { IncidentSheetRow } from '../../domain/incidents/monthSheet';
import { pct, table } from './sheetTable';
import { TICKET_SHEET_HEADER, localTime, ticketSheetRows } from './ticketSheetXlsx';

/** The monthly / quarterly report: the dashboard and each report as a sheet (rates in %), every code in Chinese; then the planned work's two sheets. */
export async function buildReportWorkbookXlsx(title: string, r: AllReports, planned?: PlannedSheets, incidents?: readonly IncidentSheetRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '一站式报修';
  book.title = title;
  const d = r.dashboard;
  const category = categoryLabels(r.categories);
  table(book, SHEETS.summary, ['指标', '值'], [
    ['统计周期', `${r.period.from} ~ ${r.period.to}`],
    ['统计截至', localTime(r.asOf.toISOString(), r.period.timezone)],
    ['报修总数', d.tickets.reported],
    ...Object.entries(d.tickets.byStatus).map(([s, n]): [string, number] => [`状态：${labelOf(STATUS_ZH, s)}`, n]),
    ['接单及时率 %', pct(d.sla.accept.rate)],
    ['到场及时率 %', pct(d.sla.arrive.rate)],
    ['平均接单时长 (分钟)', d.times.toAccept.meanMinutes],
    ['P90 接单时长 (分钟)', d.times.toAccept.p90Minutes],
    ['平均到场时长 (分钟)', d.times.toArrive.meanMinutes],
    ['平均修复时长 MTTR (分钟)', d.times.toComplete.meanMinutes],
    ['P90 修复时长 (分钟)', d.times.toComplete.p90Minutes],
    ['一次修复率 %', pct(d.firstTimeFix.rate)],
    ['返修数', d.reopened],
    ['评价数', d.satisfaction.rated],
    ['满意率 %', pct(d.satisfaction.rate)],
    ['平均评分', d.satisfaction.averageScore],
    ['回访数', d.callbacksDone],
    ['未回访（完工 14 天未回访）', d.callbacksNotMade],
    ['投诉数', d.complaints],
    ['耗材费用合计 (元)', r.departments.totalPartsCost],
    ...(r.tickets.truncated ? [['工单明细', `仅列出前 ${r.tickets.rows.length} 单`]] : []),
  ]);
  table(book, SHEETS.assets, ['设备编号', '设备', '类别', '故障次数', '停机 (分钟)', '开机率 %', 'MTBF (小时)', 'MTTR (分钟)', '配件费用 (元)', '当前停机', '停机起始'],
    r.assets.items.map((a) => [
      a.assetId, a.name, labelOf(category, a.categoryCode), a.failures, a.downtimeMinutes, pct(a.availability), a.mtbfHours, a.mttrMinutes, a.partsCost,
      YES_NO_ZH(a.downNow), localTime(a.downSince, r.period.timezone),
    ]));
  const perf = ['工单数', '已完成', '接单及时率 %', '到场及时率 %', '平均评分', '满意率 %', '返修率 %', '一次修复率 %', 'MTTR (分钟)'];
  const perfRow = (p: AllReports['technicians']['items'][number] | AllReports['vendors']['items'][number]) => [
    p.jobs, p.completed, pct(p.acceptSla), pct(p.arriveSla), p.averageRating, pct(p.satisfaction), pct(p.reopenRate), pct(p.firstTimeFix), p.mttrMinutes,
  ];
  table(book, SHEETS.technicians, ['工号', '姓名', ...perf], r.technicians.items.map((t) => [t.userId, t.name, ...perfRow(t)]));
  table(book, SHEETS.vendors, ['班组/外包', '类别', ...perf], r.vendors.items.map((v) => [v.team, v.categories.map((c) => labelOf(category, c)).join('、'), ...perfRow(v)]));
  table(book, SHEETS.departments, ['科室', '报修数', '耗材费用 (元)'], [
    ...r.departments.items.map((x) => [x.department, x.tickets, x.partsCost]),
    ['合计', r.departments.items.reduce((s, x) => s + x.tickets, 0), r.departments.totalPartsCost],
  ]);
  table(book, SHEETS.heatmap, ['楼栋', '楼层', '故障数'], r.heatmap.buildings.flatMap((b) => [[b.name, '(全楼)', b.faults], ...b.floors.map((f) => [b.name, f.name, f.faults])]));
  table(book, SHEETS.tickets, TICKET_SHEET_HEADER, ticketSheetRows(r));
  if (planned) addPlannedSheets(book, planned, r.period.timezone);
  // The month's closed major incidents (issue 16): the monthly workbook only.
  if (incidents) addIncidentSheet(book, incidents, r.period.timezone);
  return Buffer.from(await book.xlsx.writeBuffer());
}
