import { handler as assetHistory } from '../handlers/assetHistory';
import { handler as getHandover } from '../handlers/getHandover';
import { handler as listCandidates } from '../handlers/listCandidates';
import { handler as listPlaceAssets } from '../handlers/listPlaceAssets';
import { handler as searchPlaces } from '../handlers/searchPlaces';
import { handler as listComplaints } from '../handlers/listComplaints';
import { handler as recordHandover } from '../handlers/recordHandover';
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
});
