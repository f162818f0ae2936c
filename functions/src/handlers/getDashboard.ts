import * as routes from '../contract/reportRoutes';
import { http } from '../http/httpHandler';
import { readDashboard } from '../domain/reports/readReports';
import { reportPeriod } from '../domain/reports/reportContext';

export const handler = http(routes.getDashboard, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, query);
  const categories = await deps.catalog.listCategories(user.hospitalId);
  return { body: await readDashboard(deps.aggregates, user.hospitalId, period, { building: query.building, category: query.category }, categories, { counter: deps.tickets, now: deps.clock.now() }) };
});
