import { handler as assetReport } from '../handlers/assetReport';
import { handler as departmentReport } from '../handlers/departmentReport';
import { handler as getDashboard } from '../handlers/getDashboard';
import { handler as heatmapReport } from '../handlers/heatmapReport';
import { handler as technicianReport } from '../handlers/technicianReport';
import { handler as vendorReport } from '../handlers/vendorReport';
import { areaRouter } from './areaRouter';

/** The reports function: every route of contract/areas.ts's `reports` area. */
export const handler = areaRouter('reports', {
  getDashboard,
  assetReport,
  technicianReport,
  vendorReport,
  departmentReport,
  heatmapReport,
});
