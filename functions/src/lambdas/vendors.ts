import { handler as createVendor } from '../handlers/createVendor';
import { handler as getVendor } from '../handlers/getVendor';
import { handler as listVendors } from '../handlers/listVendors';
import { handler as retireVendor } from '../handlers/retireVendor';
import { handler as updateVendor } from '../handlers/updateVendor';
import { handler as getVendorScorecard } from '../handlers/getVendorScorecard';
import { handler as listVendorTickets } from '../handlers/listVendorTickets';
import { areaRouter } from './areaRouter';

/** The vendors function (issue 16): every route of contract/areas.ts's `vendors` area. */
export const handler = areaRouter('vendors', {
  // Register and contracts (part VORG)
  listVendors,
  getVendor,
  createVendor,
  updateVendor,
  retireVendor,
  // The monthly scorecard and the vendor's jobs (part VSCORE)
  getVendorScorecard,
  listVendorTickets,
});
