import type { Dashboard } from '../../contract/dashboard';
import type { AssetReport, DepartmentReport, Heatmap, TechnicianReport, VendorReport } from '../../contract/reports';
import type { CatalogRepository } from '../ports';
import type { AggregateRepository } from './aggregatePort';
import type { Period } from './period';
import { readAssetReport, readDashboard, readDepartmentReport, readHeatmap, readTechnicianReport, readVendorReport } from './readReports';

export interface AllReports {
  period: Period;
  dashboard: Dashboard;
  assets: AssetReport;
  technicians: TechnicianReport;
  vendors: VendorReport;
  departments: DepartmentReport;
  heatmap: Heatmap;
}

/** Every table of the monthly / quarterly workbook, for one period. */
export async function readAllReports(deps: { aggregates: AggregateRepository; catalog: Pick<CatalogRepository, 'listCategories'> }, hospitalId: string, period: Period): Promise<AllReports> {
  const categories = await deps.catalog.listCategories(hospitalId);
  const repo = deps.aggregates;
  const [dashboard, assets, technicians, vendors, departments, heatmap] = await Promise.all([
    readDashboard(repo, hospitalId, period, {}, categories),
    readAssetReport(repo, hospitalId, period),
    readTechnicianReport(repo, hospitalId, period),
    readVendorReport(repo, hospitalId, period, categories),
    readDepartmentReport(repo, hospitalId, period),
    readHeatmap(repo, hospitalId, period),
  ]);
  return { period, dashboard, assets, technicians, vendors, departments, heatmap };
}
