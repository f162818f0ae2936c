import type { AdminAsset, AdminAssetPage, AdminLocation, ImportResult } from '@contract/admin';
import type { AssetListQuery, AuditPage, AuditQuery } from '@contract/audit';
import type { LocationType, RoomUse } from '@contract/enums';
import { request } from './api';

/** What may be imported and exported as CSV, and where. */
export type CsvKind = 'locations' | 'assets' | 'users';

export interface LocationEdit {
  version: number;
  name: string;
  parentId: string | null;
  roomUse: RoomUse | null;
}

export type AssetEdit = Omit<AdminAsset, 'id' | 'retired' | 'qrCode'>;

const path = (collection: string, id: string) => `/v1/admin/${collection}/${encodeURIComponent(id)}`;

/** The admin screens' calls (places, the device ledger, CSV, the audit trail). */
export const adminApi = {
  listLocations: () => request<{ items: AdminLocation[] }>('/v1/admin/locations'),
  createLocation: (body: { id: string; type: LocationType; name: string; parentId: string | null; roomUse: RoomUse | null }) =>
    request<AdminLocation>('/v1/admin/locations', { method: 'POST', body }),
  updateLocation: (id: string, body: LocationEdit) => request<AdminLocation>(path('locations', id), { method: 'PUT', body }),
  retireLocation: (id: string, version: number) => request<AdminLocation>(path('locations', id), { method: 'DELETE', query: { version } }),
  listAssets: (query: AssetListQuery) => request<AdminAssetPage>('/v1/admin/assets', { query: { ...query } }),
  getAsset: (id: string) => request<AdminAsset>(path('assets', id)),
  updateAsset: (id: string, body: AssetEdit) => request<AdminAsset>(path('assets', id), { method: 'PUT', body }),
  retireAsset: (id: string, version: number) => request<AdminAsset>(path('assets', id), { method: 'DELETE', query: { version } }),
  listAudit: (query: AuditQuery) => request<AuditPage>('/v1/admin/audit', { query: { ...query } }),
  importCsv: (kind: CsvKind, text: string) => request<ImportResult>(`/v1/admin/${kind}/import`, { method: 'POST', body: text, contentType: 'text/csv' }),
  exportCsv: (kind: CsvKind) => request<string>(`/v1/admin/${kind}.csv`),
};
