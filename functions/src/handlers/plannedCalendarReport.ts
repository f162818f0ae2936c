import * as routes from '../contract/plannedReportRoutes';
import { readPlannedCalendar } from '../domain/planned/readMeasures';
import { http } from '../http/httpHandler';

export const handler = http(routes.plannedCalendarReport, async ({ query, user, deps }) => ({ body: await readPlannedCalendar(deps, user.hospitalId, query.week) }));
