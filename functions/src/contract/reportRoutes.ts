import { Dashboard, DashboardQuery } from './dashboard';
import type { Role } from './enums';
import { AssetReport, DepartmentReport, Heatmap, MonthlyQuery, QuarterlyQuery, ReportQuery, TechnicianReport, VendorReport, XlsxWorkbook } from './reports';
import { defineRoute } from './route';

/** The logistics manager, the service desk and the administrator read the numbers; reporters and technicians do not. */
export const REPORT_READERS = ['manager', 'dispatcher', 'admin'] as const satisfies readonly Role[];

const base = { area: 'reports', method: 'get', tag: 'reports', auth: 'session', roles: REPORT_READERS, successStatus: 200, errors: [403] } as const;

export const getDashboard = defineRoute({
  ...base,
  name: 'getDashboard',
  path: '/v1/dashboard',
  summary: 'KPIs of a period (default this month so far), optionally for one building and/or category',
  query: DashboardQuery,
  response: Dashboard,
});

export const assetReport = defineRoute({
  ...base,
  name: 'assetReport',
  path: '/v1/reports/assets',
  summary: 'Per device: failures, MTBF, downtime, availability (开机率), parts cost — the league table',
  query: ReportQuery,
  response: AssetReport,
});

export const technicianReport = defineRoute({
  ...base,
  name: 'technicianReport',
  path: '/v1/reports/technicians',
  summary: 'Per technician: jobs, SLA compliance, rating, reopen rate',
  query: ReportQuery,
  response: TechnicianReport,
});

export const vendorReport = defineRoute({
  ...base,
  name: 'vendorReport',
  path: '/v1/reports/vendors',
  summary: 'Per responsible team or vendor: jobs, SLA compliance, rating, reopen rate',
  query: ReportQuery,
  response: VendorReport,
});

export const departmentReport = defineRoute({
  ...base,
  name: 'departmentReport',
  path: '/v1/reports/departments',
  summary: 'Per reporting department: tickets and consumables charged (cost-centre list)',
  query: ReportQuery,
  response: DepartmentReport,
});

export const heatmapReport = defineRoute({
  ...base,
  name: 'heatmapReport',
  path: '/v1/reports/heatmap',
  summary: 'Faults by building and floor',
  query: ReportQuery,
  response: Heatmap,
});

export const monthlyReport = defineRoute({
  ...base,
  name: 'monthlyReport',
  area: 'exports',
  path: '/v1/reports/monthly',
  summary: 'The month as an Excel workbook (dashboard, assets, technicians, vendors, departments, heat map)',
  query: MonthlyQuery,
  response: XlsxWorkbook,
  produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

export const quarterlyReport = defineRoute({
  ...base,
  name: 'quarterlyReport',
  area: 'exports',
  path: '/v1/reports/quarterly',
  summary: 'The quarter as an Excel workbook (same sheets as the monthly one)',
  query: QuarterlyQuery,
  response: XlsxWorkbook,
  produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

export const reportRoutes = [getDashboard, assetReport, technicianReport, vendorReport, departmentReport, heatmapReport, monthlyReport, quarterlyReport] as const;
