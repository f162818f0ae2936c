import * as routes from '../contract/reportRoutes';
import { http } from '../http/httpHandler';
import { readVendorReport } from '../domain/reports/readReports';
import { reportPeriod } from '../domain/reports/reportContext';

export const handler = http(routes.vendorReport, async ({ query, user, deps }) => {
  const period = await reportPeriod(deps, user.hospitalId, query);
  const categories = await deps.catalog.listCategories(user.hospitalId);
  return { body: await readVendorReport(deps.aggregates, user.hospitalId, period, categories, query.category) };
});
