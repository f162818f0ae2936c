import { photoStore } from '../adapters/factories/photos';
import { contentChecker } from '../adapters/factories/wechat';
import { handler as createPlan } from '../handlers/createPlan';
import { handler as getPlan } from '../handlers/getPlan';
import { handler as listPlans } from '../handlers/listPlans';
import { handler as recordMeterReading } from '../handlers/recordMeterReading';
import { handler as retirePlan } from '../handlers/retirePlan';
import { handler as updatePlan } from '../handlers/updatePlan';
import { workOrderHandlers } from '../handlers/workOrderHandlers';
import { areaRouter } from './areaRouter';

/**
 * The planned function: every route of contract/areas.ts's `planned` area. A failed checklist
 * item's corrective ticket is a report, so its photo copies and text check come along.
 */
export const handler = areaRouter(
  'planned',
  { listPlans, getPlan, createPlan, updatePlan, retirePlan, recordMeterReading, ...workOrderHandlers },
  { photos: photoStore, contentChecker },
);
