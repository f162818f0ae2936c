import * as routes from '../contract/plannedReportRoutes';
import { readPlannedMonth } from '../domain/planned/readMeasures';
import { http } from '../http/httpHandler';

export const handler = http(routes.plannedMonthReport, async ({ query, user, deps }) => ({ body: await readPlannedMonth(deps, user.hospitalId, query.month, deps.clock.now()) }));
