import { buildReportWorkbook } from '../adapters/excel/reportWorkbook';
import * as routes from '../contract/reportRoutes';
import { XLSX_MEDIA_TYPE } from '../contract/reports';
import { readPlannedSheets } from '../domain/planned/readMeasures';
import { readAllReports } from '../domain/reports/readAllReports';
import { reportPeriod } from '../domain/reports/reportContext';
import { http } from '../http/httpHandler';

export const handler = http(routes.quarterlyReport, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, { quarter: query.quarter });
  const now = deps.clock.now();
  const [reports, planned] = await Promise.all([readAllReports(deps, user.hospitalId, period, now), readPlannedSheets(deps, user.hospitalId, period, now)]);
  const rawBody = await buildReportWorkbook(`季报 ${query.quarter}`, reports, planned);
  return { rawBody, contentType: XLSX_MEDIA_TYPE, headers: { 'content-disposition': `attachment; filename="report-${query.quarter}.xlsx"` } };
});
