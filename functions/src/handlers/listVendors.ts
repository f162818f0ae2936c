import { vendorApi } from '../contract/vendorRoutes';
import { http } from '../http/httpHandler';
import { listVendors } from '../domain/vendors/register';

export const handler = http(vendorApi.listVendors, async ({ query, user, deps }) => ({ body: { items: await listVendors(deps, user, query) } }));
