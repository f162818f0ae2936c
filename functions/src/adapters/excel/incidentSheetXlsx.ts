import type ExcelJS from 'exceljs';
import type { IncidentSheetRow } from '../../domain/incidents/monthSheet';
import { table } from './sheetTable';
import { localTime } from './ticketSheetXlsx';

export const INCIDENT_SHEET = '重大事件';
export const INCIDENT_HEADER = ['事件编号', '级别', '标题', '启动时间', '首位到场', '方案时间', '结束时间', '持续 (分钟)', '原因', '影响地点', '影响设备', '关联工单'];

/** 重大事件: the month's closed incidents, one line each, times in the hospital's zone. */
export function addIncidentSheet(book: ExcelJS.Workbook, rows: readonly IncidentSheetRow[], timezone: string): void {
  table(book, INCIDENT_SHEET, INCIDENT_HEADER, rows.map(({ incident: i, ticketNumbers }) => [
    i.number,
    `${i.grade}级`,
    i.title,
    localTime(i.declaredAt, timezone),
    localTime(i.clocks.onSiteAt, timezone),
    localTime(i.clocks.planAt, timezone),
    localTime(i.closedAt, timezone),
    i.report?.durationMinutes ?? null,
    i.report?.cause ?? null,
    (i.report?.places ?? i.places).map((p) => p.name).join('、'),
    (i.report?.devices ?? []).map((d) => d.name).join('、'),
    ticketNumbers.join('、'),
  ]));
}
