import { photoStore } from '../adapters/factories/photos';
import { contentChecker } from '../adapters/factories/wechat';
import { workOrderHandlers } from '../handlers/workOrderHandlers';
import { areaRouter } from './areaRouter';

/**
 * The planned function: every route of contract/areas.ts's `planned` area. A failed checklist
 * item's corrective ticket is a report, so its photo copies and text check come along.
 */
export const handler = areaRouter('planned', { ...workOrderHandlers }, { photos: photoStore, contentChecker });
