import { incidentRoutesByName as routes } from '../contract/incidentRoutes';
import { declareIncident } from '../domain/incidents/commands';
import { readIncident } from '../domain/incidents/reads';
import { http } from '../http/httpHandler';

export const handler = http(routes.declareIncident, async ({ body, user, deps }) => {
  const incident = await declareIncident(deps, user, body);
  return { status: 201, body: await readIncident(deps, user, incident.id) };
});
