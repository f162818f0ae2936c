import type { CatalogAdmin, CatalogRepository, Clock, LabelScanRepository, TicketRepository } from '../ports';
import type { AssetRecord, TicketRecord, UserRecord } from '../records';
import { openAtLabel } from '../tickets/possibleDuplicates';
import { fittingCategories, type FittingCategory } from './categoryFit';
import { rememberScan } from './labelScans';
import { placeOfScan, type ScannedPlace } from './placeOfScan';

export interface QrLookupResult extends ScannedPlace {
  code: string;
  categories: FittingCategory[];
  openTickets: TicketRecord[];
  /** At a room label: the room's devices, to pick the one at fault (a monitor without its own label). */
  roomDevices: AssetRecord[];
}

/**
 * Everything the report form needs after a scan, so that reporting takes seconds: where, which
 * device, which categories fit (the device's own first), and what is already reported there.
 * A guest's scan is remembered: it is what lets them report at this label.
 */
export async function lookupQr(
  deps: { catalog: CatalogRepository; catalogAdmin: Pick<CatalogAdmin, 'listAssetsAtLocation'>; tickets: TicketRepository; labelScans: LabelScanRepository; clock: Clock },
  user: UserRecord,
  code: string,
): Promise<QrLookupResult> {
  const hospitalId = user.hospitalId;
  const place = await placeOfScan(deps.catalog, hospitalId, code);
  // A device label: that device's tickets only. A room label: the room's, and its devices for the picker.
  const [categories, atLocation, forAsset, roomDevices] = await Promise.all([
    deps.catalog.listCategories(hospitalId),
    place.asset ? Promise.resolve([]) : deps.tickets.listOpenAtLocation(hospitalId, place.location.id),
    place.asset ? deps.tickets.listOpenForAsset(hospitalId, place.asset.id) : Promise.resolve([]),
    place.asset ? Promise.resolve([]) : deps.catalogAdmin.listAssetsAtLocation(hospitalId, place.location.id),
    rememberScan(deps.labelScans, user, code, deps.clock.now()),
  ]);
  const devices = roomDevices.filter((a) => !a.retired).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    code,
    ...place,
    categories: fittingCategories(categories, place, devices),
    openTickets: openAtLabel({ assetId: place.asset?.id ?? null }, forAsset, atLocation),
    roomDevices: devices,
  };
}
