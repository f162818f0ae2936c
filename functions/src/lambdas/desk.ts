import { handler as assetHistory } from '../handlers/assetHistory';
import { handler as getHandover } from '../handlers/getHandover';
import { handler as listCandidates } from '../handlers/listCandidates';
import { handler as listPlaceAssets } from '../handlers/listPlaceAssets';
import { handler as searchPlaces } from '../handlers/searchPlaces';
import { handler as listComplaints } from '../handlers/listComplaints';
import { handler as recordHandover } from '../handlers/recordHandover';
import { handler as declareIncident } from '../handlers/declareIncident';
import { handler as listIncidents } from '../handlers/listIncidents';
import { handler as getIncident } from '../handlers/getIncident';
import { handler as incidentAction } from '../handlers/incidentAction';
import { handler as getIncidentSettings } from '../handlers/getIncidentSettings';
import { handler as putIncidentSettings } from '../handlers/putIncidentSettings';
import { areaRouter } from './areaRouter';

/** The desk function: every route of contract/areas.ts's `desk` area. */
export const handler = areaRouter('desk', {
  listCandidates,
  getHandover,
  recordHandover,
  assetHistory,
  searchPlaces,
  listPlaceAssets,
  listComplaints,
  declareIncident,
  listIncidents,
  getIncident,
  incidentAction,
  getIncidentSettings,
  putIncidentSettings,
});
