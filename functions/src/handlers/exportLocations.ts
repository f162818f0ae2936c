import { locationCsv } from '../contract/adminRoutes';
import { exportLocations } from '../domain/admin/csv/locationsCsv';
import { http } from '../http/httpHandler';

export const handler = http(locationCsv.export, async ({ user, deps }) => ({
  rawBody: await exportLocations(deps, user.hospitalId),
  contentType: 'text/csv; charset=utf-8',
  headers: { 'content-disposition': 'attachment; filename="locations.csv"' },
}));
