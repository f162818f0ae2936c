import { incidentRoutesByName as routes } from '../contract/incidentRoutes';
import { saveIncidentSettings } from '../domain/incidents/reads';
import { http } from '../http/httpHandler';

export const handler = http(routes.putIncidentSettings, async ({ body, user, deps }) => ({ body: await saveIncidentSettings(deps, user.hospitalId, body) }));
