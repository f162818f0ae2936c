import { defineRoute } from './route';
import { IdParams, RetireQuery } from './admin';
import type { Role } from './enums';
import { AssetParams, CreatePlanBody, ListPlansQuery, MeterReadingBody, MeterReadingResult, Plan, PlanPage, UpdatePlanBody } from './planned';

/** Plans are the admin's; a manager may create one too (accepting a suggested plan) and read them. */
const PLAN_EDITORS = ['admin'] as const satisfies readonly Role[];
const PLAN_CREATORS = ['admin', 'manager'] as const satisfies readonly Role[];
const base = { area: 'planned', tag: 'planned', auth: 'session' } as const;

export const plannedAdmin = {
  listPlans: defineRoute({ ...base, name: 'listPlans', method: 'get', path: '/v1/admin/plans', summary: 'The hospital\'s maintenance and inspection plans, a page at a time (filter by criticality or device)', roles: PLAN_CREATORS, query: ListPlansQuery, response: PlanPage, successStatus: 200, errors: [403] }),
  getPlan: defineRoute({ ...base, name: 'getPlan', method: 'get', path: '/v1/admin/plans/{id}', summary: 'One plan, with its next due day (or its meter\'s next threshold)', roles: PLAN_CREATORS, params: IdParams, response: Plan, successStatus: 200, errors: [403, 404] }),
  createPlan: defineRoute({ ...base, name: 'createPlan', method: 'post', path: '/v1/admin/plans', summary: 'Create a plan: a device, every device of a type, or a round of checkpoints; a schedule or a meter; a checklist (a manager accepting a suggestion creates one too)', roles: PLAN_CREATORS, body: CreatePlanBody, response: Plan, successStatus: 201, errors: [403, 409] }),
  updatePlan: defineRoute({ ...base, name: 'updatePlan', method: 'put', path: '/v1/admin/plans/{id}', summary: 'Edit a plan (409 when the version is stale); a changed schedule restarts its generation from today', roles: PLAN_EDITORS, params: IdParams, body: UpdatePlanBody, response: Plan, successStatus: 200, errors: [403, 404, 409] }),
  retirePlan: defineRoute({ ...base, name: 'retirePlan', method: 'delete', path: '/v1/admin/plans/{id}', summary: 'Retire a plan: it makes no more orders; those made stay', roles: PLAN_EDITORS, params: IdParams, query: RetireQuery, response: Plan, successStatus: 200, errors: [403, 404, 409] }),
  recordMeterReading: defineRoute({ ...base, name: 'recordMeterReading', method: 'post', path: '/v1/assets/{id}/meter-readings', summary: 'A device\'s meter reading (running hours, pressure): each meter plan whose next threshold it passes opens one work order', roles: ['technician', 'dispatcher', 'admin'], params: AssetParams, body: MeterReadingBody, response: MeterReadingResult, successStatus: 200, errors: [403, 404, 409] }),
};

export const plannedAdminRoutes = Object.values(plannedAdmin);
