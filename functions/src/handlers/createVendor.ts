import { vendorApi } from '../contract/vendorRoutes';
import { http } from '../http/httpHandler';
import { createVendor, vendorView } from '../domain/vendors/register';

export const handler = http(vendorApi.createVendor, async ({ body, user, deps }) => ({ status: 201, body: await vendorView(deps, user, await createVendor(deps, user, body)) }));
