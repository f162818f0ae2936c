import * as routes from '../contract/plannedReportRoutes';
import { hospitalOf } from '../domain/planned/readMeasures';
import { DEFAULT_SUGGESTION_THRESHOLD, readPlanSuggestions } from '../domain/planned/suggestions';
import { http } from '../http/httpHandler';

export const handler = http(routes.listPlanSuggestions, async ({ query, user, deps }) => {
  const hospital = await hospitalOf(deps, user.hospitalId);
  return { body: await readPlanSuggestions(deps, user.hospitalId, hospital.timezone, query.threshold ?? DEFAULT_SUGGESTION_THRESHOLD, deps.clock.now()) };
});
