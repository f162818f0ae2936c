import type { RoomUse } from '../../contract/enums';
import type { AssetRecord, LocationRecord, QrCodeRecord } from '../../domain/records';
import { assetQrCode, roomQrCode } from './dataset';

/** A kind of device: what the seed installs in rooms. */
export interface DeviceKind {
  /** Short code used in asset ids, e.g. AC → B5-0312-AC1. */
  code: string;
  name: string;
  type: string;
  categoryCode: string;
  lifeSupport: boolean;
  vendor: string;
  model: string;
}

export interface RoomSpec {
  /** Room number within the building, e.g. 0312 (floor 03, room 12). */
  no: string;
  name: string;
  use: RoomUse;
  devices: readonly DeviceKind[];
}

export interface FloorSpec {
  level: number;
  rooms: readonly RoomSpec[];
}

export interface BuildingSpec {
  /** Short code used in ids and labels: B5 → room B5-0312, label R-B5-0312. */
  code: string;
  name: string;
  floors: readonly FloorSpec[];
  /** Devices that belong to the building rather than to a room, placed in a named room (elevators in the lobby). */
  extraDevices?: readonly { roomNo: string; id: string; name: string; kind: DeviceKind }[];
}

export interface CampusSpec {
  id: string;
  name: string;
  buildings: readonly BuildingSpec[];
}

export interface Layout {
  locations: LocationRecord[];
  assets: AssetRecord[];
  qrCodes: QrCodeRecord[];
}

/**
 * Turns a campus description into records. Ids are derived from building code, room number
 * and device code, never random, so seeding twice writes the same items and labels printed
 * from one seed stay valid after the next.
 */
export function buildLayout(hospitalId: string, campus: CampusSpec): Layout {
  const locations: LocationRecord[] = [];
  const assets: AssetRecord[] = [];
  const qrCodes: QrCodeRecord[] = [];
  const location = (fields: Omit<LocationRecord, 'hospitalId'>) => {
    locations.push({ hospitalId, ...fields });
  };
  const asset = (id: string, name: string, kind: DeviceKind, locationId: string) => {
    const n = assets.length;
    const qrCode = assetQrCode(id);
    assets.push({
      hospitalId,
      id,
      name,
      type: kind.type,
      model: kind.model,
      serial: `SN${String(20_180_000 + n * 37).padStart(9, '0')}`,
      vendor: kind.vendor,
      // Spread over 2015–2023 so reports on device age have something to show.
      installDate: `${2015 + (n % 9)}-${String((n * 7) % 12 + 1).padStart(2, '0')}-${String((n * 11) % 28 + 1).padStart(2, '0')}`,
      categoryCode: kind.categoryCode,
      lifeSupport: kind.lifeSupport,
      locationId,
      qrCode,
    });
    qrCodes.push({
      hospitalId,
      code: qrCode,
      locationId,
      assetId: id,
      retired: false,
      locationAncestorIds: locations.find((l) => l.id === locationId)?.ancestorIds ?? [],
    });
  };

  location({ id: campus.id, name: campus.name, type: 'campus', parentId: null, ancestorIds: [], roomUse: null, qrCode: null });
  for (const building of campus.buildings) {
    location({ id: building.code, name: building.name, type: 'building', parentId: campus.id, ancestorIds: [campus.id], roomUse: null, qrCode: null });
    for (const floor of building.floors) {
      const floorId = `${building.code}-F${String(floor.level).padStart(2, '0')}`;
      location({ id: floorId, name: `${floor.level}层`, type: 'floor', parentId: building.code, ancestorIds: [campus.id, building.code], roomUse: null, qrCode: null });
      for (const room of floor.rooms) {
        const roomId = `${building.code}-${room.no}`;
        const qrCode = roomQrCode(roomId);
        location({ id: roomId, name: room.name, type: 'room', parentId: floorId, ancestorIds: [campus.id, building.code, floorId], roomUse: room.use, qrCode });
        qrCodes.push({ hospitalId, code: qrCode, locationId: roomId, assetId: null, retired: false, locationAncestorIds: [campus.id, building.code, floorId] });
        const seen = new Map<string, number>();
        for (const kind of room.devices) {
          const count = (seen.get(kind.code) ?? 0) + 1;
          seen.set(kind.code, count);
          asset(`${roomId}-${kind.code}${count}`, kind.name, kind, roomId);
        }
      }
    }
    for (const extra of building.extraDevices ?? []) asset(extra.id, extra.name, extra.kind, `${building.code}-${extra.roomNo}`);
  }
  return { locations, assets, qrCodes };
}
