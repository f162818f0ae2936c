import { incidentRoutesByName as routes } from '../contract/incidentRoutes';
import { actOnIncident } from '../domain/incidents/commands';
import { readIncident } from '../domain/incidents/reads';
import { http } from '../http/httpHandler';

export const handler = http(routes.incidentAction, async ({ params, body, user, deps }) => {
  await actOnIncident(deps, user, params.id, body);
  return { body: await readIncident(deps, user, params.id) };
});
