import { shiftRoutes } from '../contract/adminRoutes';
import { listWeek } from '../domain/admin/manageShifts';
import { http } from '../http/httpHandler';
import { toShiftWeek } from '../presenters/shiftViews';

export const handler = http(shiftRoutes.listShifts, async ({ query, user, deps }) => ({
  body: toShiftWeek(query.week, await listWeek(deps, user.hospitalId, query.week)),
}));
