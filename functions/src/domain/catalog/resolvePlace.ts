import { InvalidError, NotFoundError } from '../errors';
import type { PlacePartIds, PlaceParts } from '../ports';
import type { AssetRecord, LocationRecord, QrCodeRecord } from '../records';

export interface Place {
  location: LocationRecord;
  /** Campus first, the location itself last. */
  path: LocationRecord[];
  asset: AssetRecord | null;
}

/** What a report names: a scanned label (already read), or a location and, optionally, a device. */
export type PlaceRef = { qr: QrCodeRecord } | { locationId: string; assetId?: string };

/** Reads locations and assets by id in one round trip (one BatchGetItem). */
export type ReadPlaceParts = (wanted: PlacePartIds) => Promise<PlaceParts>;

/** A guard against a location tree that loops back on itself (a place is at most campus/building/floor/room). */
const MAX_READ_ROUNDS = 4;

/**
 * Resolves a place in as few round trips as the records allow. Every round reads, at once,
 * everything that can be named from what is known so far: a label names its device and its
 * location, and carries the location's ancestor ids as a hint, so a scanned label costs one read
 * after the label's own. A hint is only a guess (a device or a room may have moved since the
 * label was written): what is read is checked, and whatever the guess missed is read next round.
 * `known` holds what the caller already read (and `tried`, ids it already asked for).
 */
export async function resolvePlace(read: ReadPlaceParts, ref: PlaceRef, known: PlaceParts = emptyParts(), tried: PlacePartIds = { locationIds: [], assetIds: [] }): Promise<Place> {
  const parts = { locations: new Map(known.locations), assets: new Map(known.assets) };
  const asked = { locations: new Set(tried.locationIds), assets: new Set(tried.assetIds) };
  if ('qr' in ref) checkLabel(ref.qr);
  for (let round = 0; ; round++) {
    const missing = unreadParts(ref, parts, asked);
    if (missing.locationIds.length === 0 && missing.assetIds.length === 0) return placeFrom(ref, parts);
    if (round >= MAX_READ_ROUNDS) throw new Error(`Place of ${JSON.stringify(ref)} not resolved after ${MAX_READ_ROUNDS} reads`);
    missing.locationIds.forEach((id) => asked.locations.add(id));
    missing.assetIds.forEach((id) => asked.assets.add(id));
    const found = await read(missing);
    for (const [id, l] of found.locations) parts.locations.set(id, l);
    for (const [id, a] of found.assets) parts.assets.set(id, a);
  }
}

/** The ids a first read can already name for a reference (before any label is read). */
export function firstPlaceIds(ref: { locationId?: string; assetId?: string }): PlacePartIds {
  return { locationIds: ref.locationId ? [ref.locationId] : [], assetIds: ref.assetId ? [ref.assetId] : [] };
}

export const emptyParts = (): PlaceParts => ({ locations: new Map(), assets: new Map() });

/** A retired label answers 404 with a hint to use the new one. */
export function checkLabel(qr: QrCodeRecord): void {
  if (qr.retired) {
    throw new NotFoundError(`QR code ${qr.code} (retired; please use the new label on site)`, `二维码 ${qr.code}（已停用，请扫描现场新标签）`);
  }
}

/** The asset id of a reference and, when the asset is not read yet, the best guess at its location. */
function assetIdOf(ref: PlaceRef): string | null {
  return 'qr' in ref ? ref.qr.assetId : (ref.assetId ?? null);
}

function locationIdOf(ref: PlaceRef, parts: PlaceParts): string {
  // A device label names the device: a moved device is found in its current room.
  if ('qr' in ref) return (ref.qr.assetId ? parts.assets.get(ref.qr.assetId)?.locationId : undefined) ?? ref.qr.locationId;
  return ref.locationId;
}

/** Everything the reference needs that was never asked for: definite ids and hinted ones alike. */
function unreadParts(ref: PlaceRef, parts: PlaceParts, asked: { locations: Set<string>; assets: Set<string> }): PlacePartIds {
  const assetIds: string[] = [];
  const locationIds: string[] = [];
  const assetId = assetIdOf(ref);
  if (assetId && !asked.assets.has(assetId)) assetIds.push(assetId);
  const locationId = locationIdOf(ref, parts);
  if (!asked.locations.has(locationId)) locationIds.push(locationId);
  const location = parts.locations.get(locationId);
  const hinted = 'qr' in ref && ref.qr.locationId === locationId ? (ref.qr.locationAncestorIds ?? []) : [];
  const ancestors = location ? location.ancestorIds : asked.locations.has(locationId) ? [] : hinted;
  for (const id of ancestors) if (!asked.locations.has(id) && !locationIds.includes(id)) locationIds.push(id);
  return { locationIds, assetIds };
}

function placeFrom(ref: PlaceRef, parts: PlaceParts): Place {
  const assetId = assetIdOf(ref);
  const asset = assetId ? (parts.assets.get(assetId) ?? null) : null;
  if (!('qr' in ref)) {
    if (assetId && !asset) throw new NotFoundError(`Asset ${assetId}`, `设备 ${assetId} `);
    if (asset && asset.locationId !== ref.locationId) {
      throw new InvalidError('The device is not at this location', '该设备不在所选位置', [
        { field: 'assetId', code: 'asset_elsewhere', message: 'The device is registered at another location', messageZh: '该设备登记在其他位置' },
      ]);
    }
  }
  const locationId = locationIdOf(ref, parts);
  const location = parts.locations.get(locationId);
  if (!location) throw new NotFoundError(`Location ${locationId}`, `位置 ${locationId} `);
  const path = [...location.ancestorIds.map((id) => parts.locations.get(id)).filter((l): l is LocationRecord => l !== undefined), location];
  return { location, path, asset };
}
