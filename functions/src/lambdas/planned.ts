import { handler as listPlanSuggestions } from '../handlers/listPlanSuggestions';
import { handler as plannedCalendarReport } from '../handlers/plannedCalendarReport';
import { handler as plannedMonthReport } from '../handlers/plannedMonthReport';
import { areaRouter } from './areaRouter';

/** The planned-work function: every route of contract/areas.ts's `planned` area. */
export const handler = areaRouter('planned', {
  // Measures (part SEE)
  plannedMonthReport,
  plannedCalendarReport,
  listPlanSuggestions,
});
