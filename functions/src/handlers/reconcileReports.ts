import * as routes from '../contract/adminRoutes';
import { http } from '../http/httpHandler';
import { reconcileDays } from '../domain/reports/reconcileRecent';
import { reconcileRunView } from '../presenters/reconcileRunView';

export const handler = http(routes.reconcileReports, async ({ body, user, deps }) => {
  const run = await reconcileDays(deps, user.hospitalId, body);
  return { body: reconcileRunView(run) };
});
