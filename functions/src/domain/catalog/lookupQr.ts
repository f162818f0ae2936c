import type { CatalogRepository, Clock, LabelScanRepository, TicketRepository } from '../ports';
import type { CategoryRecord, TicketRecord, UserRecord } from '../records';
import { rememberScan } from './labelScans';
import { placeOfScan, type ScannedPlace } from './placeOfScan';
import type { Place } from './resolvePlace';

export interface QrLookupResult extends ScannedPlace {
  code: string;
  categories: (CategoryRecord & { suggested: boolean })[];
  openTickets: TicketRecord[];
}

/**
 * Everything the report form needs after a scan, so that reporting takes seconds: where, which
 * device, which categories fit (the device's own first), and what is already reported there.
 * A guest's scan is remembered: it is what lets them report at this label.
 */
export async function lookupQr(
  deps: { catalog: CatalogRepository; tickets: TicketRepository; labelScans: LabelScanRepository; clock: Clock },
  user: UserRecord,
  code: string,
): Promise<QrLookupResult> {
  const hospitalId = user.hospitalId;
  const place = await placeOfScan(deps.catalog, hospitalId, code);
  const [categories, atLocation, forAsset] = await Promise.all([
    deps.catalog.listCategories(hospitalId),
    deps.tickets.listOpenAtLocation(hospitalId, place.location.id),
    place.asset ? deps.tickets.listOpenForAsset(hospitalId, place.asset.id) : Promise.resolve([]),
    rememberScan(deps.labelScans, user, code, deps.clock.now()),
  ]);
  return { code, ...place, categories: fittingCategories(categories, place), openTickets: mergeById(forAsset, atLocation) };
}

export function fittingCategories(all: readonly CategoryRecord[], place: Pick<Place, 'asset'>): (CategoryRecord & { suggested: boolean })[] {
  const deviceCategory = place.asset?.categoryCode;
  return all
    .filter((c) => c.offeredForRooms || c.code === deviceCategory)
    .map((c) => ({ ...c, suggested: c.code === deviceCategory }))
    .sort((a, b) => Number(b.suggested) - Number(a.suggested));
}

function mergeById(first: readonly TicketRecord[], second: readonly TicketRecord[]): TicketRecord[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)));
}
