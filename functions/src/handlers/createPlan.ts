import { plannedAdmin } from '../contract/plannedAdminRoutes';
import { http } from '../http/httpHandler';
import { createPlan, toPlanView } from '../domain/planned/plans';

export const handler = http(plannedAdmin.createPlan, async ({ body, user, deps }) => ({ status: 201, body: toPlanView(await createPlan(deps, user, body)) }));
