import { handler as monthlyReport } from '../handlers/monthlyReport';
import { handler as quarterlyReport } from '../handlers/quarterlyReport';
import { handler as vendorScorecardWorkbook } from '../handlers/vendorScorecardWorkbook';
import { areaRouter } from './areaRouter';

/** The exports function: every route of contract/areas.ts's `exports` area. */
export const handler = areaRouter('exports', {
  monthlyReport,
  quarterlyReport,
  vendorScorecardWorkbook,
});
