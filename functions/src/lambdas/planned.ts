import { handler as listPlanSuggestions } from '../handlers/listPlanSuggestions';
import { handler as plannedCalendarReport } from '../handlers/plannedCalendarReport';
import { handler as plannedMonthReport } from '../handlers/plannedMonthReport';
import { handler as createPlan } from '../handlers/createPlan';
import { handler as getPlan } from '../handlers/getPlan';
import { handler as listPlans } from '../handlers/listPlans';
import { handler as recordMeterReading } from '../handlers/recordMeterReading';
import { handler as retirePlan } from '../handlers/retirePlan';
import { handler as updatePlan } from '../handlers/updatePlan';
import { areaRouter } from './areaRouter';

/** The planned-work function: every route of contract/areas.ts's `planned` area. */
export const handler = areaRouter('planned', {
  // Measures (part SEE)
  plannedMonthReport,
  plannedCalendarReport,
  listPlanSuggestions,
  listPlans,
  getPlan,
  createPlan,
  updatePlan,
  retirePlan,
  recordMeterReading,
});
