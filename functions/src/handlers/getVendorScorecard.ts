import * as routes from '../contract/scorecardRoutes';
import { readScorecard } from '../domain/vendors/readScorecard';
import { http } from '../http/httpHandler';

export const handler = http(routes.getVendorScorecard, async ({ params, query, user, deps }) => ({
  body: (await readScorecard(deps, user, params.id, query.month, deps.clock.now())).scorecard,
}));
