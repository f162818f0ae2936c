import { incidentRoutesByName as routes } from '../contract/incidentRoutes';
import { readIncidentSettings } from '../domain/incidents/reads';
import { http } from '../http/httpHandler';

export const handler = http(routes.getIncidentSettings, async ({ user, deps }) => ({ body: await readIncidentSettings(deps, user.hospitalId) }));
