import { vendorApi } from '../contract/vendorRoutes';
import { http } from '../http/httpHandler';
import { readVendor } from '../domain/vendors/register';

export const handler = http(vendorApi.getVendor, async ({ params, user, deps }) => ({ body: await readVendor(deps, user, params.id) }));
