import type { Dispute, DisputeList, DrawResult, SpotCheck, SpotCheckList } from '@contract/spotChecks';
import type { ScorecardMeasureName } from '@contract/spotChecks';
import { request } from './api';

const vendor = (id: string) => `/v1/vendors/${encodeURIComponent(id)}`;

/** Spot checks (质检抽查) and disputes of a vendor's month (contract/spotCheckRoutes.ts). */
export const spotCheckApi = {
  list: (vendorId: string, month: string) => request<SpotCheckList>(`${vendor(vendorId)}/spot-checks`, { query: { month } }),
  draw: (vendorId: string, month: string, percent: number, requestKey: string) =>
    request<DrawResult>(`${vendor(vendorId)}/spot-checks`, { method: 'POST', body: { month, percent, requestKey } }),
  record: (checkId: string, body: { result: 'passed' | 'failed'; note: string; photoKeys: string[] }) =>
    request<SpotCheck>(`/v1/spot-checks/${encodeURIComponent(checkId)}/result`, { method: 'POST', body }),
  disputes: (vendorId: string, month: string) => request<DisputeList>(`${vendor(vendorId)}/disputes`, { query: { month } }),
  raise: (vendorId: string, body: { month: string; ticketId: string; measure: ScorecardMeasureName; reason: string }) =>
    request<Dispute>(`${vendor(vendorId)}/disputes`, { method: 'POST', body: { action: 'raise', ...body } }),
  decide: (vendorId: string, body: { month: string; disputeId: string; accepted: boolean; reason: string }) =>
    request<Dispute>(`${vendor(vendorId)}/disputes`, { method: 'POST', body: { action: 'decide', ...body } }),
};
