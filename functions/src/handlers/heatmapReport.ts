import * as routes from '../contract/reportRoutes';
import { http } from '../http/httpHandler';
import { readHeatmap } from '../domain/reports/readReports';
import { reportPeriod } from '../domain/reports/reportContext';

export const handler = http(routes.heatmapReport, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, query);
  return { body: await readHeatmap(deps.aggregates, user.hospitalId, period) };
});
