import { buildReportWorkbook } from '../adapters/excel/reportWorkbook';
import * as routes from '../contract/reportRoutes';
import { XLSX_MEDIA_TYPE } from '../contract/reports';
import { readPlannedSheets } from '../domain/planned/readMeasures';
import { readAllReports } from '../domain/reports/readAllReports';
import { reportPeriod } from '../domain/reports/reportContext';
import { http } from '../http/httpHandler';
import { readIncidentSheet } from '../domain/incidents/monthSheet';

export const handler = http(routes.monthlyReport, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, { month: query.month });
  const now = deps.clock.now();
  const [reports, planned, incidents] = await Promise.all([
    readAllReports(deps, user.hospitalId, period, now),
    readPlannedSheets(deps, user.hospitalId, period, now),
    readIncidentSheet(deps, user.hospitalId, query.month),
  ]);
  const rawBody = await buildReportWorkbook(`月报 ${query.month}`, reports, planned, incidents);
  return { rawBody, contentType: XLSX_MEDIA_TYPE, headers: { 'content-disposition': `attachment; filename="report-${query.month}.xlsx"` } };
});
