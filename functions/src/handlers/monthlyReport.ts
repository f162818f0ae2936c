import { buildReportWorkbook } from '../adapters/excel/reportWorkbook';
import * as routes from '../contract/reportRoutes';
import { XLSX_MEDIA_TYPE } from '../contract/reports';
import { monthPeriod } from '../domain/reports/period';
import { readAllReports } from '../domain/reports/readAllReports';
import { http } from '../http/httpHandler';

export const handler = http(routes.monthlyReport, async ({ query, user, deps }) => {
  const reports = await readAllReports(deps, user.hospitalId, monthPeriod(query.month));
  const rawBody = await buildReportWorkbook(`月报 ${query.month}`, reports);
  return { rawBody, contentType: XLSX_MEDIA_TYPE, headers: { 'content-disposition': `attachment; filename="report-${query.month}.xlsx"` } };
});
