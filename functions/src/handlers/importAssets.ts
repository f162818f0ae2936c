import { assetCsv } from '../contract/adminRoutes';
import { importAssets } from '../domain/admin/csv/assetsCsv';
import { http } from '../http/httpHandler';

export const handler = http(assetCsv.import, async ({ body, user, deps }) => ({ body: await importAssets(deps, user.hospitalId, body) }));
