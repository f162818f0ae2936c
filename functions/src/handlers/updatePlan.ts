import { plannedAdmin } from '../contract/plannedAdminRoutes';
import { http } from '../http/httpHandler';
import { toPlanView, updatePlan } from '../domain/planned/plans';

export const handler = http(plannedAdmin.updatePlan, async ({ body, params, user, deps }) => ({ body: toPlanView(await updatePlan(deps, user, params.id, body)) }));
