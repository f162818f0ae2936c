import type { Dashboard } from '../../contract/dashboard';
import type { AssetReport, DepartmentReport, Heatmap, TechnicianReport, VendorReport } from '../../contract/reports';
import type { CatalogRepository } from '../ports';
import type { CategoryRecord } from '../records';
import { MAX_SHEET_TICKETS, type AggregateRepository } from './aggregatePort';
import type { CallbacksOwedCounter } from './notCalledBack';
import type { Period } from './period';
import { readAssetReport } from './readAssetReport';
import { readDashboard, readDepartmentReport, readHeatmap, readTechnicianReport, readVendorReport } from './readReports';
import type { TicketSheetRow } from './ticketSheet';

export interface AllReports {
  period: Period;
  /** The instant the open faults' downtime is counted up to. */
  asOf: Date;
  categories: readonly CategoryRecord[];
  dashboard: Dashboard;
  assets: AssetReport;
  technicians: TechnicianReport;
  vendors: VendorReport;
  departments: DepartmentReport;
  heatmap: Heatmap;
  /** Every ticket reported in the period (at most MAX_SHEET_TICKETS; `truncated` says when more exist). */
  tickets: { rows: TicketSheetRow[]; truncated: boolean };
}

/** Every table of the monthly / quarterly workbook, for one period: the same reads as the dashboard and the reports. */
export async function readAllReports(
  deps: { aggregates: AggregateRepository; catalog: Pick<CatalogRepository, 'listCategories'>; tickets: CallbacksOwedCounter },
  hospitalId: string,
  period: Period,
  now: Date,
): Promise<AllReports> {
  const categories = await deps.catalog.listCategories(hospitalId);
  const repo = deps.aggregates;
  const [dashboard, assets, technicians, vendors, departments, heatmap, tickets] = await Promise.all([
    readDashboard(repo, hospitalId, period, {}, categories, { counter: deps.tickets, now }),
    readAssetReport(repo, hospitalId, period, now),
    readTechnicianReport(repo, hospitalId, period),
    readVendorReport(repo, hospitalId, period, categories),
    readDepartmentReport(repo, hospitalId, period),
    readHeatmap(repo, hospitalId, period),
    repo.listTicketRows(hospitalId, period.from, period.to, MAX_SHEET_TICKETS),
  ]);
  return { period, asOf: now, categories, dashboard, assets, technicians, vendors, departments, heatmap, tickets };
}
