import { defineRoute } from './route';
import type { Role } from './enums';
import { DeclareIncidentBody, IncidentActionBody, IncidentList, IncidentParams, IncidentSettingsBody, IncidentSettingsView, IncidentView, ListIncidentsQuery } from './incidents';

/** The desk and managers declare and run incidents; a roster member (any staff) reads theirs and acknowledges (domain/incidents/access.ts). */
const COMMANDERS = ['dispatcher', 'manager'] as const satisfies readonly Role[];
const base = { area: 'desk', tag: 'incidents', auth: 'session' } as const;

export const incidentRoutesByName = {
  declareIncident: defineRoute({ ...base, name: 'declareIncident', method: 'post', path: '/v1/incidents', summary: 'Declare a major incident of a grade, fresh or from a ticket (linked): its roster is alerted at once, each person once', roles: COMMANDERS, body: DeclareIncidentBody, response: IncidentView, successStatus: 201, errors: [403, 404, 409] }),
  listIncidents: defineRoute({ ...base, name: 'listIncidents', method: 'get', path: '/v1/incidents', summary: 'The open incidents, then those closed in a month (hospital calendar; default this month)', roles: ['dispatcher', 'manager', 'admin'], query: ListIncidentsQuery, response: IncidentList, successStatus: 200, errors: [403] }),
  getIncident: defineRoute({ ...base, name: 'getIncident', method: 'get', path: '/v1/incidents/{id}', summary: 'One incident with its clocks, roster, timeline and linked tickets (the desk, managers, admins and its roster)', params: IncidentParams, response: IncidentView, successStatus: 200, errors: [403, 404] }),
  incidentAction: defineRoute({ ...base, name: 'incidentAction', method: 'post', path: '/v1/incidents/{id}/actions', summary: 'An incident command: acknowledge, on site (its roster, the desk, managers); note, record the plan, link/unlink a ticket, close with the report (the desk, managers); 409 on a stale version', params: IncidentParams, body: IncidentActionBody, response: IncidentView, successStatus: 200, errors: [403, 404, 409] }),
  getIncidentSettings: defineRoute({ ...base, name: 'getIncidentSettings', method: 'get', path: '/v1/admin/incident-settings', summary: 'Per grade: the on-site and plan minutes and the roster (named people, managers, on-shift dispatchers, team leaders)', roles: ['admin'], response: IncidentSettingsView, successStatus: 200, errors: [403] }),
  putIncidentSettings: defineRoute({ ...base, name: 'putIncidentSettings', method: 'put', path: '/v1/admin/incident-settings', summary: 'Save the per-grade settings (409 when the version is stale)', roles: ['admin'], body: IncidentSettingsBody, response: IncidentSettingsView, successStatus: 200, errors: [403, 404, 409] }),
};

export const incidentRoutes = Object.values(incidentRoutesByName);
