import { plannedAdmin } from '../contract/plannedAdminRoutes';
import { http } from '../http/httpHandler';
import { listPlans, toPlanView } from '../domain/planned/plans';

const PLAN_PAGE_SIZE = 20;

export const handler = http(plannedAdmin.listPlans, async ({ query, user, deps }) => {
  const { limit, cursor, ...filters } = query;
  const page = await listPlans(deps, user.hospitalId, filters, { limit: limit ?? PLAN_PAGE_SIZE, cursor });
  return { body: { items: page.items.map(toPlanView), nextCursor: page.nextCursor } };
});
