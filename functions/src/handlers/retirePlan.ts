import { plannedAdmin } from '../contract/plannedAdminRoutes';
import { http } from '../http/httpHandler';
import { retirePlan, toPlanView } from '../domain/planned/plans';

export const handler = http(plannedAdmin.retirePlan, async ({ query, params, user, deps }) => ({ body: toPlanView(await retirePlan(deps, user, params.id, query.version)) }));
