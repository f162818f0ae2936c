import { defineRoute } from './route';
import type { Role } from './enums';
import { CreateVendorBody, ListVendorsQuery, RetireVendorQuery, UpdateVendorBody, Vendor, VendorList, VendorParams } from './vendors';

/**
 * The vendor register and contracts (issue 16, part VORG). Writes are the admin's
 * (can(user,'vendor',{act:'manage'})); the hospital's admin, managers and desk read the register;
 * a vendor_manager reads only their own vendor's entry, without the hospital's contact and notes.
 */
const HOSPITAL_READERS = ['admin', 'manager', 'dispatcher'] as const satisfies readonly Role[];
const EDITORS = ['admin'] as const satisfies readonly Role[];
const base = { area: 'vendors', tag: 'vendors', auth: 'session' } as const;

export const vendorApi = {
  listVendors: defineRoute({ ...base, name: 'listVendors', method: 'get', path: '/v1/vendors', summary: 'The hospital\'s outsourced vendors and their contracts (search by name, id or contract number)', roles: HOSPITAL_READERS, query: ListVendorsQuery, response: VendorList, successStatus: 200, errors: [403] }),
  getVendor: defineRoute({ ...base, name: 'getVendor', method: 'get', path: '/v1/vendors/{id}', summary: 'One vendor and its contract; a vendor manager reads their own vendor\'s only, without the hospital\'s contact and notes', roles: [...HOSPITAL_READERS, 'vendor_manager'], vendors: 'allowed', params: VendorParams, response: Vendor, successStatus: 200, errors: [403, 404] }),
  createVendor: defineRoute({ ...base, name: 'createVendor', method: 'post', path: '/v1/vendors', summary: 'Register a vendor with its contract (409 when its coverage overlaps another active vendor\'s)', roles: EDITORS, body: CreateVendorBody, response: Vendor, successStatus: 201, errors: [403, 409] }),
  updateVendor: defineRoute({ ...base, name: 'updateVendor', method: 'put', path: '/v1/vendors/{id}', summary: 'Edit a vendor and its contract (409 when the version is stale or the coverage overlaps another active vendor\'s); new reports follow it at once', roles: EDITORS, params: VendorParams, body: UpdateVendorBody, response: Vendor, successStatus: 200, errors: [403, 404, 409] }),
  retireVendor: defineRoute({ ...base, name: 'retireVendor', method: 'delete', path: '/v1/vendors/{id}', summary: 'Retire a vendor: new reports are no longer stamped with it; its tickets and staff stay', roles: EDITORS, params: VendorParams, query: RetireVendorQuery, response: Vendor, successStatus: 200, errors: [403, 404, 409] }),
};

export const vendorRoutes = Object.values(vendorApi);
