import type { CreatePlanBody, Plan, PlanCriticality, PlanPage, PlanSuggestionList, PlannedCalendar, PlannedMonth, UpdatePlanBody } from '@contract/planned';
import { request } from './api';

const plan = (id: string) => `/v1/admin/plans/${encodeURIComponent(id)}`;

/**
 * Planned work as the admin and the manager see it (issue 15): plans (contract/plannedAdminRoutes.ts),
 * the suggestions from failure data, the month's measures and the week's calendar (contract/plannedReportRoutes.ts).
 */
export const plannedApi = {
  listPlans: (query: { criticality?: PlanCriticality; assetId?: string; cursor?: string; limit?: number } = {}) => request<PlanPage>('/v1/admin/plans', { query: { ...query } }),
  getPlan: (id: string) => request<Plan>(plan(id)),
  createPlan: (body: CreatePlanBody) => request<Plan>('/v1/admin/plans', { method: 'POST', body }),
  updatePlan: (id: string, body: UpdatePlanBody) => request<Plan>(plan(id), { method: 'PUT', body }),
  retirePlan: (id: string, version: number) => request<Plan>(plan(id), { method: 'DELETE', query: { version } }),
  suggestions: (threshold?: number) => request<PlanSuggestionList>('/v1/admin/plan-suggestions', { query: { threshold } }),
  month: (month: string) => request<PlannedMonth>('/v1/reports/planned', { query: { month } }),
  calendar: (week: string) => request<PlannedCalendar>('/v1/reports/planned-calendar', { query: { week } }),
};
