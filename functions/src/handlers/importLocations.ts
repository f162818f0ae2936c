import { locationCsv } from '../contract/adminRoutes';
import { importLocations } from '../domain/admin/csv/locationsCsv';
import { http } from '../http/httpHandler';

export const handler = http(locationCsv.import, async ({ body, user, deps }) => ({ body: await importLocations(deps, user.hospitalId, body) }));
