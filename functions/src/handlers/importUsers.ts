import { userCsv } from '../contract/adminRoutes';
import { importUsers } from '../domain/admin/csv/usersCsv';
import { http } from '../http/httpHandler';

export const handler = http(userCsv.import, async ({ body, user, deps }) => ({ body: await importUsers(deps, user.hospitalId, body, deps.clock.now()) }));
