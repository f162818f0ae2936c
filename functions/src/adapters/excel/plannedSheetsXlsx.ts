import type ExcelJS from 'exceljs';
import type { Compliance, PlanCriticality, WorkOrderStatus } from '../../contract/planned';
import type { InspectionResult } from '../../domain/planned/inspectionSheet';
import type { PlannedSheets } from '../../domain/planned/readMeasures';
import { MAX_MONTH_ORDERS } from '../../domain/planned/reportPort';
import { labelOf } from '../../domain/reports/labelsZh';
import { SHEETS } from './reportWorkbook';
import { pct, section, table } from './sheetTable';
import { localTime } from './ticketSheetXlsx';

/** The planned work's codes in the words of the screens (Chinese first; the workbook is Chinese). */
const CRITICALITY_ZH: Record<PlanCriticality, string> = { lifeSupport: '生命支持', highRisk: '高风险', normal: '一般' };
const ORDER_STATUS_ZH: Record<WorkOrderStatus, string> = { scheduled: '待执行', in_progress: '执行中', done: '已完成', missed: '已逾期' };
const KIND_ZH = { maintenance: '计划维护', round: '巡检' } as const;
const RESULT_ZH: Record<InspectionResult, string> = { pass: '合格', fail: '不合格', recorded: '已记录', skipped: '跳过', pending: '未检' };

export const COMPLIANCE_HEADER = ['月份', '类别', '应完成', '按时完成', '逾期完成', '未到期', '未完成（已过截止日）', '按时完成率 %', '目标 %'];
export const OVERDUE_HEADER = ['工单号', '计划', '类型', '关键等级', '应完成日', '窗口开始', '截止日', '状态', '负责人', '班组'];
export const FAILED_HEADER = ['工单号', '计划', '检查点', '检查项', '读数', '单位', '记录时间', '纠正工单号'];
export const INSPECTION_HEADER = ['巡检工单号', '巡检计划', '应巡日期', '序号', '检查点', '检查项', '读数', '单位', '结果', '说明', '巡检人', '记录时间', '手机时间（离线记录）', '纠正工单号'];

type Cell = string | number | null;

const complianceLine = (month: string, what: string, c: Compliance, target: number | null): Cell[] => [
  month, what, c.due, c.onTime, c.late, c.open, c.missed, pct(c.rate), target === null ? null : pct(target),
];

/**
 * 计划维护: each month's completion within the window (all planned maintenance, life-support and
 * high-risk against 100 %, inspection rounds), what is overdue now, then the overdue orders and
 * the failed items with the corrective tickets they opened — three tables one under the other.
 */
function plannedSheet(book: ExcelJS.Workbook, p: PlannedSheets, timezone: string): void {
  const rows: Cell[][] = [];
  for (const m of p.months) {
    rows.push(complianceLine(m.month, '计划维护（全部）', m.maintenance, null));
    rows.push(complianceLine(m.month, '生命支持与高风险设备', m.critical, m.criticalTarget));
    rows.push(complianceLine(m.month, '巡检', m.rounds, null));
    rows.push([m.month, '当前逾期未完成', m.overdueNow]);
    rows.push([m.month, '不合格项', m.failedItems]);
  }
  if (p.truncated) rows.push(['说明', `工单过多，仅统计前 ${MAX_MONTH_ORDERS} 单`]);
  table(book, SHEETS.planned, COMPLIANCE_HEADER, rows);
  const sheet = book.getWorksheet(SHEETS.planned)!;
  section(sheet, '逾期未完成的计划工作', OVERDUE_HEADER, p.overdue.map((o) => [
    o.number, o.planName.zh, KIND_ZH[o.kind], CRITICALITY_ZH[o.criticality], o.dueOn, o.opensOn, o.closesOn, labelOf(ORDER_STATUS_ZH, o.status), o.technicianName, o.team ?? null,
  ]));
  section(sheet, '不合格项及纠正工单', FAILED_HEADER, p.failed.map((f) => [
    f.workOrderNumber, f.planName, f.checkpoint, f.item, f.value ?? f.text ?? '不合格', f.unit, localTime(f.at, timezone), f.ticketNumber,
  ]));
}

/** 设施巡检记录表: every round, checkpoint by checkpoint, each item's reading, result, who and when. */
function inspectionSheet(book: ExcelJS.Workbook, p: PlannedSheets, timezone: string): void {
  table(book, SHEETS.inspection, INSPECTION_HEADER, p.inspection.map((r) => [
    r.workOrderNumber, r.round, r.dueOn, r.checkpointNo, r.checkpoint, r.item, r.value ?? r.text ?? (r.photo ? '已拍照' : null), r.unit,
    RESULT_ZH[r.result], r.skipReason, r.by, localTime(r.at, timezone), localTime(r.deviceAt, timezone), r.ticketNumber,
  ]));
}

export function addPlannedSheets(book: ExcelJS.Workbook, p: PlannedSheets, timezone: string): void {
  plannedSheet(book, p, timezone);
  inspectionSheet(book, p, timezone);
}
