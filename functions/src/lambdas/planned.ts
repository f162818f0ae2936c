import { handler as createPlan } from '../handlers/createPlan';
import { handler as getPlan } from '../handlers/getPlan';
import { handler as listPlans } from '../handlers/listPlans';
import { handler as recordMeterReading } from '../handlers/recordMeterReading';
import { handler as retirePlan } from '../handlers/retirePlan';
import { handler as updatePlan } from '../handlers/updatePlan';
import { areaRouter } from './areaRouter';

/** The planned-work function: every route of contract/areas.ts's `planned` area. */
export const handler = areaRouter('planned', {
  listPlans,
  getPlan,
  createPlan,
  updatePlan,
  retirePlan,
  recordMeterReading,
});
