import { incidentRoutesByName as routes } from '../contract/incidentRoutes';
import { readIncident } from '../domain/incidents/reads';
import { http } from '../http/httpHandler';

export const handler = http(routes.getIncident, async ({ params, user, deps }) => ({ body: await readIncident(deps, user, params.id) }));
