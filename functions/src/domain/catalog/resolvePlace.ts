import { InvalidError, NotFoundError } from '../errors';
import type { CatalogRepository } from '../ports';
import type { AssetRecord, LocationRecord } from '../records';

export interface Place {
  location: LocationRecord;
  /** Campus first, the location itself last. */
  path: LocationRecord[];
  asset: AssetRecord | null;
}

/** A place from a scanned code: the code's location and, for a device label, its asset. */
export async function placeOfQrCode(catalog: CatalogRepository, hospitalId: string, code: string): Promise<Place> {
  const qr = await catalog.getQrCode(hospitalId, code);
  if (!qr) throw new NotFoundError(`QR code ${code}`, `二维码 ${code} `);
  if (qr.retired) {
    throw new NotFoundError(`QR code ${code} (retired; please use the new label on site)`, `二维码 ${code}（已停用，请扫描现场新标签）`);
  }
  const asset = qr.assetId ? await catalog.getAsset(hospitalId, qr.assetId) : null;
  // A device label names the device: a moved device is found in its current room.
  return { ...(await locationWithPath(catalog, hospitalId, asset?.locationId ?? qr.locationId)), asset };
}

/** A place chosen by location id (phone reports entered by the desk, or picking from the tree). */
export async function placeOfLocation(
  catalog: CatalogRepository,
  hospitalId: string,
  locationId: string,
  assetId: string | undefined,
): Promise<Place> {
  const [place, asset] = await Promise.all([
    locationWithPath(catalog, hospitalId, locationId),
    assetId ? catalog.getAsset(hospitalId, assetId) : Promise.resolve(null),
  ]);
  if (assetId && !asset) throw new NotFoundError(`Asset ${assetId}`, `设备 ${assetId} `);
  if (asset && asset.locationId !== locationId) {
    throw new InvalidError('The device is not at this location', '该设备不在所选位置', [
      { field: 'assetId', code: 'asset_elsewhere', message: 'The device is registered at another location', messageZh: '该设备登记在其他位置' },
    ]);
  }
  return { ...place, asset };
}

async function locationWithPath(catalog: CatalogRepository, hospitalId: string, locationId: string): Promise<Omit<Place, 'asset'>> {
  const [location] = await catalog.getLocations(hospitalId, [locationId]);
  if (!location) throw new NotFoundError(`Location ${locationId}`, `位置 ${locationId} `);
  const ancestors = await catalog.getLocations(hospitalId, location.ancestorIds);
  const byId = new Map(ancestors.map((l) => [l.id, l]));
  const path = [...location.ancestorIds.map((id) => byId.get(id)).filter((l): l is LocationRecord => l !== undefined), location];
  return { location, path };
}
