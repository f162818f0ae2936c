import * as routes from '../contract/reportRoutes';
import { http } from '../http/httpHandler';
import { readAssetReport } from '../domain/reports/readAssetReport';
import { reportPeriod } from '../domain/reports/reportContext';

export const handler = http(routes.assetReport, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, query);
  return { body: await readAssetReport(deps.aggregates, user.hospitalId, period, deps.clock.now(), query.category) };
});
