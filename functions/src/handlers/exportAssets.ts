import { assetCsv } from '../contract/adminRoutes';
import { exportAssets } from '../domain/admin/csv/assetsCsv';
import { http } from '../http/httpHandler';

export const handler = http(assetCsv.export, async ({ user, deps }) => ({
  rawBody: await exportAssets(deps, user.hospitalId),
  contentType: 'text/csv; charset=utf-8',
  headers: { 'content-disposition': 'attachment; filename="assets.csv"' },
}));
