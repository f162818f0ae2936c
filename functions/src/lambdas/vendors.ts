import { photoStore } from '../adapters/factories/photos';
import { handler as actOnDispute } from '../handlers/actOnDispute';
import { handler as drawSpotChecks } from '../handlers/drawSpotChecks';
import { handler as listDisputes } from '../handlers/listDisputes';
import { handler as listSpotChecks } from '../handlers/listSpotChecks';
import { handler as recordSpotCheck } from '../handlers/recordSpotCheck';
import { areaRouter } from './areaRouter';

/** The vendors function: every route of contract/areas.ts's `vendors` area. */
export const handler = areaRouter(
  'vendors',
  {
    // VSPOT: spot checks (质检抽查) and disputes
    drawSpotChecks,
    listSpotChecks,
    recordSpotCheck,
    listDisputes,
    actOnDispute,
  },
  { photos: photoStore },
);
