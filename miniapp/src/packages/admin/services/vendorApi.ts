import type { CreateVendorBody, UpdateVendorBody, Vendor, VendorList } from '@contract/vendors';
import { request } from '../../../services/api';

const id = (v: string) => encodeURIComponent(v);

/** The vendor register and contracts (contract/vendorRoutes.ts). */
export const vendorApi = {
  list: (query: { q?: string; includeRetired?: 'true' | 'false' } = {}) => request<VendorList>('/v1/vendors', { query }),
  get: (vendorId: string) => request<Vendor>(`/v1/vendors/${id(vendorId)}`),
  create: (body: CreateVendorBody) => request<Vendor>('/v1/vendors', { method: 'POST', body }),
  update: (vendorId: string, body: UpdateVendorBody) => request<Vendor>(`/v1/vendors/${id(vendorId)}`, { method: 'PUT', body }),
  retire: (vendorId: string, version: number) => request<Vendor>(`/v1/vendors/${id(vendorId)}`, { method: 'DELETE', query: { version } }),
};
