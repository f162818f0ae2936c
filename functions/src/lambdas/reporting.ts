import { photoStore } from '../adapters/factories/photos';
import { contentChecker } from '../adapters/factories/wechat';
import { handler as createTicket } from '../handlers/createTicket';
import { handler as createUpload } from '../handlers/createUpload';
import { handler as getTicket } from '../handlers/getTicket';
import { handler as listCategories } from '../handlers/listCategories';
import { handler as listLocations } from '../handlers/listLocations';
import { handler as listTickets } from '../handlers/listTickets';
import { handler as lookupQr } from '../handlers/lookupQr';
import { handler as startJob } from '../handlers/startJob';
import { handler as getJob } from '../handlers/getJob';
import { areaRouter } from './areaRouter';

/** The reporting function: every route of contract/areas.ts's `reporting` area. */
export const handler = areaRouter(
  'reporting',
  {
    lookupQr,
    listCategories,
    listLocations,
    createTicket,
    createUpload,
    listTickets,
    getTicket,
    // Multi-team jobs (issue 16)
    startJob,
    getJob,
  },
  { photos: photoStore, contentChecker },
);
