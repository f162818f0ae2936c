import type { PlannedSheets } from '../../domain/planned/readMeasures';
import type { AllReports } from '../../domain/reports/readAllReports';
import type { IncidentSheetRow } from '../../domain/incidents/monthSheet';

/** Sheet names, in the order of the workbook; the tests read the workbook back by these names. */
export const SHEETS = { summary: '总览', assets: '设备', technicians: '维修人员', vendors: '班组与外包', departments: '科室耗材', heatmap: '故障分布', tickets: '工单明细', planned: '计划维护', inspection: '设施巡检记录表' } as const;

/**
 * The monthly / quarterly workbook. exceljs (~1.2 MB minified with its zip and XML parts) is
 * imported on the first workbook, not at cold start: esbuild keeps the dynamic import in the same
 * bundle but evaluates it only when called.
 */
export async function buildReportWorkbook(title: string, r: AllReports, planned?: PlannedSheets, incidents?: readonly IncidentSheetRow[]): Promise<Buffer> {
  const { buildReportWorkbookXlsx } = await import('./reportWorkbookXlsx');
  return buildReportWorkbookXlsx(title, r, planned, incidents);
}
