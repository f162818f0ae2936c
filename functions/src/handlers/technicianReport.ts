import * as routes from '../contract/reportRoutes';
import { http } from '../http/httpHandler';
import { readTechnicianReport } from '../domain/reports/readReports';
import { reportPeriod } from '../domain/reports/reportContext';

export const handler = http(routes.technicianReport, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, query);
  return { body: await readTechnicianReport(deps.aggregates, user.hospitalId, period, query.category) };
});
