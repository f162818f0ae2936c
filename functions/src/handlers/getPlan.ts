import { plannedAdmin } from '../contract/plannedAdminRoutes';
import { http } from '../http/httpHandler';
import { getPlan, toPlanView } from '../domain/planned/plans';

export const handler = http(plannedAdmin.getPlan, async ({ params, user, deps }) => ({ body: toPlanView(await getPlan(deps, user.hospitalId, params.id)) }));
