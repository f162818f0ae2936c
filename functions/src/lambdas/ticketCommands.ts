import { photoStore } from '../adapters/factories/photos';
import { handler as acceptTicket } from '../handlers/acceptTicket';
import { handler as arriveTicket } from '../handlers/arriveTicket';
import { handler as assignTicket } from '../handlers/assignTicket';
import { handler as callbackTicket } from '../handlers/callbackTicket';
import { handler as cancelTicket } from '../handlers/cancelTicket';
import { handler as complaintTicket } from '../handlers/complaintTicket';
import { handler as completeTicket } from '../handlers/completeTicket';
import { handler as confirmEmergencyTicket } from '../handlers/confirmEmergencyTicket';
import { handler as confirmTicket } from '../handlers/confirmTicket';
import { handler as failSpotCheckTicket } from '../handlers/failSpotCheckTicket';
import { handler as followTicket } from '../handlers/followTicket';
import { handler as grabTicket } from '../handlers/grabTicket';
import { handler as handBackTicket } from '../handlers/handBackTicket';
import { handler as holdTicket } from '../handlers/holdTicket';
import { handler as mergeTicket } from '../handlers/mergeTicket';
import { handler as rateTicket } from '../handlers/rateTicket';
import { handler as reopenTicket } from '../handlers/reopenTicket';
import { handler as requestTransferTicket } from '../handlers/requestTransferTicket';
import { handler as resumeTicket } from '../handlers/resumeTicket';
import { areaRouter } from './areaRouter';

/** The ticketCommands function: every route of contract/areas.ts's `ticketCommands` area. */
export const handler = areaRouter(
  'ticketCommands',
  {
    assignTicket,
    acceptTicket,
    arriveTicket,
    holdTicket,
    resumeTicket,
    completeTicket,
    confirmTicket,
    rateTicket,
    reopenTicket,
    cancelTicket,
    followTicket,
    mergeTicket,
    handBackTicket,
    requestTransferTicket,
    grabTicket,
    callbackTicket,
    complaintTicket,
    confirmEmergencyTicket,
    failSpotCheckTicket,
  },
  { photos: photoStore },
);
