import { getAdminAsset } from '../contract/adminRoutes';
import { getLedgerAsset } from '../domain/admin/deviceLedger';
import { http } from '../http/httpHandler';
import { toAdminAsset } from '../presenters/adminViews';

export const handler = http(getAdminAsset, async ({ params, user, deps }) => ({ body: toAdminAsset(await getLedgerAsset(deps, user.hospitalId, params.id)) }));
