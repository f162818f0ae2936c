import { vendorApi } from '../contract/vendorRoutes';
import { http } from '../http/httpHandler';
import { retireVendor, vendorView } from '../domain/vendors/register';

export const handler = http(vendorApi.retireVendor, async ({ query, params, user, deps }) => ({ body: await vendorView(deps, user, await retireVendor(deps, user, params.id, query.version)) }));
