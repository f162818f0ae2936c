import { photoStore } from '../adapters/factories/photos';
import { handler as actOnDispute } from '../handlers/actOnDispute';
import { handler as createVendor } from '../handlers/createVendor';
import { handler as drawSpotChecks } from '../handlers/drawSpotChecks';
import { handler as getVendor } from '../handlers/getVendor';
import { handler as getVendorScorecard } from '../handlers/getVendorScorecard';
import { handler as listDisputes } from '../handlers/listDisputes';
import { handler as listSpotChecks } from '../handlers/listSpotChecks';
import { handler as listVendors } from '../handlers/listVendors';
import { handler as listVendorTickets } from '../handlers/listVendorTickets';
import { handler as recordSpotCheck } from '../handlers/recordSpotCheck';
import { handler as retireVendor } from '../handlers/retireVendor';
import { handler as updateVendor } from '../handlers/updateVendor';
import { areaRouter } from './areaRouter';

/** The vendors function (issue 16): every route of contract/areas.ts's `vendors` area. */
export const handler = areaRouter(
  'vendors',
  {
    // Register and contracts
    listVendors,
    getVendor,
    createVendor,
    updateVendor,
    retireVendor,
    // The monthly scorecard and the vendor's jobs
    getVendorScorecard,
    listVendorTickets,
    // Spot checks (质检抽查) and disputes
    drawSpotChecks,
    listSpotChecks,
    recordSpotCheck,
    listDisputes,
    actOnDispute,
  },
  { photos: photoStore },
);
