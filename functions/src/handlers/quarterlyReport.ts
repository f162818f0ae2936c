import { buildReportWorkbook } from '../adapters/excel/reportWorkbook';
import * as routes from '../contract/reportRoutes';
import { XLSX_MEDIA_TYPE } from '../contract/reports';
import { quarterPeriod } from '../domain/reports/period';
import { readAllReports } from '../domain/reports/readAllReports';
import { http } from '../http/httpHandler';

export const handler = http(routes.quarterlyReport, async ({ query, user, deps }) => {
  const reports = await readAllReports(deps, user.hospitalId, quarterPeriod(query.quarter));
  const rawBody = await buildReportWorkbook(`季报 ${query.quarter}`, reports);
  return { rawBody, contentType: XLSX_MEDIA_TYPE, headers: { 'content-disposition': `attachment; filename="report-${query.quarter}.xlsx"` } };
});
