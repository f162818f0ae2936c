import { userCsv } from '../contract/adminRoutes';
import { exportUsers } from '../domain/admin/csv/usersCsv';
import { http } from '../http/httpHandler';

export const handler = http(userCsv.export, async ({ user, deps }) => ({
  rawBody: await exportUsers(deps, user.hospitalId),
  contentType: 'text/csv; charset=utf-8',
  headers: { 'content-disposition': 'attachment; filename="users.csv"' },
}));
