import * as routes from '../contract/scorecardRoutes';
import { listVendorJobs } from '../domain/vendors/readScorecard';
import { http } from '../http/httpHandler';

export const handler = http(routes.listVendorTickets, async ({ params, query, user, deps }) => ({
  body: await listVendorJobs(deps, user, params.id, query, deps.clock.now()),
}));
