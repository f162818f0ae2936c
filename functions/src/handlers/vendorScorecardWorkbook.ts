import { buildScorecardXlsx } from '../adapters/excel/scorecardXlsx';
import { XLSX_MEDIA_TYPE } from '../contract/reports';
import * as routes from '../contract/scorecardRoutes';
import { readScorecard } from '../domain/vendors/readScorecard';
import { http } from '../http/httpHandler';

export const handler = http(routes.vendorScorecardWorkbook, async ({ params, query, user, deps }) => {
  const [read, categories] = await Promise.all([readScorecard(deps, user, params.id, query.month, deps.clock.now()), deps.catalog.listCategories(user.hospitalId)]);
  const rawBody = await buildScorecardXlsx(read, categories);
  return { rawBody, contentType: XLSX_MEDIA_TYPE, headers: { 'content-disposition': `attachment; filename="scorecard-${params.id}-${query.month}.xlsx"` } };
});
