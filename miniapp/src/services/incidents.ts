import type { DeclareIncidentBody, IncidentActionBody, IncidentList, IncidentSettingsBody, IncidentSettingsView, IncidentView } from '@contract/incidents';
import { request } from './api';

/** The screens of major incidents (issue 16); a notification opens the incident (contract/notificationTargets.ts). */
export const INCIDENT_SCREENS = {
  list: '/packages/desk/incidents/index',
  incident: (id: string) => `/packages/desk/incident/index?id=${encodeURIComponent(id)}`,
  rosters: '/packages/admin/incidentRosters/index',
} as const;

const one = (id: string) => `/v1/incidents/${encodeURIComponent(id)}`;

/** contract/incidentRoutes.ts */
export const incidentApi = {
  declare: (body: DeclareIncidentBody) => request<IncidentView>('/v1/incidents', { method: 'POST', body }),
  list: (month?: string) => request<IncidentList>('/v1/incidents', { query: { month } }),
  get: (id: string) => request<IncidentView>(one(id)),
  act: (id: string, body: IncidentActionBody) => request<IncidentView>(`${one(id)}/actions`, { method: 'POST', body }),
  settings: () => request<IncidentSettingsView>('/v1/admin/incident-settings'),
  saveSettings: (body: IncidentSettingsBody) => request<IncidentSettingsView>('/v1/admin/incident-settings', { method: 'PUT', body }),
};
