import { incidentRoutesByName as routes } from '../contract/incidentRoutes';
import { listIncidents } from '../domain/incidents/reads';
import { http } from '../http/httpHandler';

export const handler = http(routes.listIncidents, async ({ query, user, deps }) => ({ body: await listIncidents(deps, user, query.month) }));
