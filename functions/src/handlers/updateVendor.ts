import { vendorApi } from '../contract/vendorRoutes';
import { http } from '../http/httpHandler';
import { updateVendor, vendorView } from '../domain/vendors/register';

export const handler = http(vendorApi.updateVendor, async ({ body, params, user, deps }) => ({ body: await vendorView(deps, user, await updateVendor(deps, user, params.id, body)) }));
