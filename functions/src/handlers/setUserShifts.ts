import { shiftRoutes } from '../contract/adminRoutes';
import { setUserShifts } from '../domain/admin/manageShifts';
import { http } from '../http/httpHandler';
import { toShiftWeek } from '../presenters/shiftViews';

export const handler = http(shiftRoutes.setUserShifts, async ({ body, params, query, user, deps }) => ({
  body: toShiftWeek(query.week, await setUserShifts(deps, user.hospitalId, params.id, query.week, body)),
}));
