import { plannedAdmin } from '../contract/plannedAdminRoutes';
import { http } from '../http/httpHandler';
import { recordMeterReading } from '../domain/planned/meter';

export const handler = http(plannedAdmin.recordMeterReading, async ({ body, params, user, deps }) => ({ body: await recordMeterReading(deps, user.hospitalId, params.id, body) }));
