import type * as z from 'zod/mini';
import type { CreateLocationBody, UpdateLocationBody } from '../../contract/admin';
import { ConflictError, InvalidError } from '../errors';
import type { CatalogAdmin, CatalogRepository, CatalogWrite } from '../ports';
import type { LocationRecord } from '../records';
import { checkVersion, labelWrites, mustExist, newLabelCode } from './editRules';
import { buildingIdOf, placeUnder, reparentedDescendants } from './locationTree';
import { placeInitials } from '../catalog/placeInitials';

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin };

async function getLocation(catalog: CatalogRepository, hospitalId: string, id: string | null): Promise<LocationRecord | undefined> {
  if (id === null) return undefined;
  const [found] = await catalog.getLocations(hospitalId, [id]);
  return found;
}

function ancestorsOrThrow(placed: ReturnType<typeof placeUnder>): string[] {
  if ('problem' in placed) throw new InvalidError(placed.problem.message, placed.problem.messageZh, [placed.problem]);
  return placed.ancestorIds;
}

/** A new campus, building, floor or room; a new room gets its label code (R-<id>) unless one is given. */
export async function createLocation(deps: Deps, hospitalId: string, body: z.output<typeof CreateLocationBody>): Promise<LocationRecord> {
  if (await getLocation(deps.catalog, hospitalId, body.id)) {
    throw new ConflictError(`Location ${body.id} already exists`, `位置编号 ${body.id} 已存在`);
  }
  const parent = await getLocation(deps.catalog, hospitalId, body.parentId);
  const ancestorIds = ancestorsOrThrow(placeUnder(body.id, body.type, body.parentId, parent));
  const qrCode = body.qrCode ?? (body.type === 'room' ? newLabelCode('R', body.id) : null);
  const location: LocationRecord = {
    hospitalId,
    id: body.id,
    name: body.name,
    initials: placeInitials(body.name),
    type: body.type,
    parentId: body.parentId,
    ancestorIds,
    roomUse: body.type === 'room' ? body.roomUse : null,
    qrCode,
    version: 1,
    retired: false,
  };
  await deps.catalogAdmin.write([
    { entity: { kind: 'location', record: location }, expect: 'absent' },
    ...labelWrites(hospitalId, { locationId: location.id, assetId: null, locationAncestorIds: ancestorIds }, null, qrCode),
  ]);
  return location;
}

/** Renames, re-labels or moves a location; a move carries its floors and rooms (their ancestor ids) along. */
export async function updateLocation(deps: Deps, hospitalId: string, id: string, body: z.output<typeof UpdateLocationBody>): Promise<LocationRecord> {
  const current = mustExist(await getLocation(deps.catalog, hospitalId, id), `Location ${id}`, `位置 ${id} `);
  checkVersion('The location', '该位置', current, body.version);
  const parent = await getLocation(deps.catalog, hospitalId, body.parentId);
  const ancestorIds = ancestorsOrThrow(placeUnder(id, current.type, body.parentId, parent));
  const qrCode = body.qrCode ?? current.qrCode;
  const updated: LocationRecord = {
    ...current,
    name: body.name,
    initials: placeInitials(body.name),
    parentId: body.parentId,
    ancestorIds,
    roomUse: current.type === 'room' ? body.roomUse : null,
    qrCode,
    version: (current.version ?? 0) + 1,
  };
  const moved = ancestorIds.join('/') !== current.ancestorIds.join('/');
  const descendants = moved ? reparentedDescendants(await deps.catalog.listLocations(hospitalId), updated) : [];
  await deps.catalogAdmin.write([
    { entity: { kind: 'location', record: updated }, expect: { version: current.version ?? 0 } },
    ...descendants.map((record): CatalogWrite => ({ entity: { kind: 'location', record }, expect: 'any' })),
    // A moved room's label is rewritten too: it carries the room's ancestors (QrCodeRecord).
    ...(qrCode !== current.qrCode || moved ? labelWrites(hospitalId, { locationId: id, assetId: null, locationAncestorIds: ancestorIds }, current.qrCode, qrCode, current.retired ?? false) : []),
    ...(moved ? await movedAlong(deps, hospitalId, [updated, ...descendants]) : []),
  ]);
  return updated;
}

/**
 * What a move carries besides the places: the rooms' labels below the moved one (they name
 * their ancestors), and every device in those places, whose building the ledger filters on and
 * whose label names its room's ancestors too. All in the move's one transaction, so the ledger
 * never shows a device in the building its floor left (a move too large for it is refused).
 */
async function movedAlong(deps: Deps, hospitalId: string, places: readonly LocationRecord[]): Promise<CatalogWrite[]> {
  const [, ...below] = places;
  const roomLabels = below.flatMap((place) => (place.qrCode ? labelWrites(hospitalId, { locationId: place.id, assetId: null, locationAncestorIds: place.ancestorIds }, place.qrCode, place.qrCode, place.retired ?? false) : []));
  const devicesByPlace = await Promise.all(places.map(async (place) => ({ place, devices: await deps.catalogAdmin.listAssetsAtLocation(hospitalId, place.id) })));
  const deviceWrites = devicesByPlace.flatMap(({ place, devices }) =>
    devices.flatMap((device): CatalogWrite[] => [
      { entity: { kind: 'asset', record: { ...device, buildingId: buildingIdOf(place), version: (device.version ?? 0) + 1 } }, expect: { version: device.version ?? 0 } },
      ...(device.qrCode ? labelWrites(hospitalId, { locationId: place.id, assetId: device.id, locationAncestorIds: place.ancestorIds }, device.qrCode, device.qrCode, device.retired ?? false) : []),
    ]),
  );
  return [...roomLabels, ...deviceWrites];
}

/** Retires an empty location (no active sub-locations or devices); its label then answers "retired". */
export async function retireLocation(deps: Deps, hospitalId: string, id: string, version: number): Promise<LocationRecord> {
  const current = mustExist(await getLocation(deps.catalog, hospitalId, id), `Location ${id}`, `位置 ${id} `);
  checkVersion('The location', '该位置', current, version);
  const [all, assets] = await Promise.all([deps.catalog.listLocations(hospitalId), deps.catalogAdmin.listAssetsAtLocation(hospitalId, id)]);
  const children = all.filter((l) => l.parentId === id && !l.retired).length;
  const devices = assets.filter((a) => !a.retired).length;
  if (children > 0 || devices > 0) {
    throw new ConflictError(
      `Location ${id} still has ${children} sub-locations and ${devices} devices; move or retire them first`,
      `位置 ${id} 下仍有 ${children} 个下级位置和 ${devices} 台设备，请先迁移或停用`,
    );
  }
  const retired: LocationRecord = { ...current, retired: true, version: (current.version ?? 0) + 1 };
  await deps.catalogAdmin.write([
    { entity: { kind: 'location', record: retired }, expect: { version: current.version ?? 0 } },
    ...labelWrites(hospitalId, { locationId: id, assetId: null }, null, current.qrCode, true).map((w): CatalogWrite => ({ ...w, expect: 'any' })),
  ]);
  return retired;
}
