import { CalendarQuery, PlanSuggestionList, PlanSuggestionQuery, PlannedCalendarReport, PlannedMonthQuery, PlannedMonthReport } from './planned';
import { defineRoute } from './route';
import { REPORT_READERS } from './reportRoutes';

/*
 * How planned work is measured (issue 15, part SEE). In the `planned` area, beside the plans and
 * work orders whose items they read: the reports function never loads the work-order schemas, and
 * the planned function's role already reads the orders' index (GSI1).
 */
const base = { area: 'planned', method: 'get', tag: 'planned', auth: 'session', successStatus: 200, errors: [403, 404] } as const;

export const plannedMonthReport = defineRoute({
  ...base,
  name: 'plannedMonthReport',
  path: '/v1/reports/planned',
  summary: 'A month of planned work measured: maintenance within its window, life-support and high-risk against 100 %, inspection rounds, overdue work, failed items and the tickets they opened',
  roles: REPORT_READERS,
  query: PlannedMonthQuery,
  response: PlannedMonthReport,
});

export const plannedCalendarReport = defineRoute({
  ...base,
  name: 'plannedCalendarReport',
  path: '/v1/reports/planned-calendar',
  summary: 'The planned work of one week (Monday to Sunday; any day names its week), each order on its due day',
  roles: REPORT_READERS,
  query: CalendarQuery,
  response: PlannedCalendarReport,
});

export const listPlanSuggestions = defineRoute({
  ...base,
  name: 'listPlanSuggestions',
  path: '/v1/admin/plan-suggestions',
  summary: 'Device types whose failures in the last 90 days exceed the threshold (default 3), each with a proposed monthly plan to accept or edit',
  roles: ['admin', 'manager'],
  query: PlanSuggestionQuery,
  response: PlanSuggestionList,
});

export const plannedReportRoutes = [plannedMonthReport, plannedCalendarReport, listPlanSuggestions] as const;
