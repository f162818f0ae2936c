import { NotFoundError } from '../errors';
import type { CatalogRepository } from '../ports';
import { resolvePlace, type Place } from './resolvePlace';

export interface ScannedPlace extends Place {
  /** The label is a retired device's: the place is the device's room, to report there instead. */
  retiredDevice: { id: string; name: string } | null;
}

/**
 * The place of a scanned code. A retired device's label still says something useful: "this
 * device is retired", and the room it stood in, where a fault can still be reported. A label
 * replaced by a new code (its device in service) answers 404, to use the new label.
 */
export async function placeOfScan(catalog: CatalogRepository, hospitalId: string, code: string): Promise<ScannedPlace> {
  const qr = await catalog.getQrCode(hospitalId, code);
  if (!qr) throw new NotFoundError(`QR code ${code}`, `二维码 ${code} `);
  const read = (wanted: Parameters<CatalogRepository['getPlaceParts']>[1]) => catalog.getPlaceParts(hospitalId, wanted);
  if (qr.retired && qr.assetId) {
    const asset = await catalog.getAsset(hospitalId, qr.assetId);
    if (asset?.retired && asset.qrCode === code) {
      return { ...(await resolvePlace(read, { locationId: asset.locationId })), retiredDevice: { id: asset.id, name: asset.name } };
    }
  }
  return { ...(await resolvePlace(read, { qr })), retiredDevice: null };
}
