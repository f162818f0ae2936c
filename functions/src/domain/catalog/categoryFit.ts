import type { RoomUse } from '../../contract/enums';
import type { AssetRecord, CategoryRecord, LocationRecord } from '../records';

/**
 * The categories most reported at each kind of room, most used first: what a nurse at an ICU bed
 * or a visitor in a toilet most likely means. Categories named here are offered at such a room
 * even when they are not offered at rooms in general (医疗设备 at a ward, an ICU, a theatre).
 */
export const CATEGORIES_BY_ROOM_USE: Readonly<Record<RoomUse, readonly string[]>> = {
  icu: ['medical_equipment', 'power', 'hvac', 'gas'],
  operating_theatre: ['medical_equipment', 'power', 'hvac', 'gas'],
  emergency: ['medical_equipment', 'power', 'hvac', 'gas'],
  neonatal: ['medical_equipment', 'hvac', 'power', 'gas'],
  ward: ['power', 'hvac', 'medical_equipment', 'gas', 'water'],
  nurse_station: ['it', 'power', 'telecom', 'hvac'],
  office: ['it', 'power', 'hvac', 'telecom'],
  lab: ['medical_equipment', 'power', 'it', 'hvac'],
  imaging: ['medical_equipment', 'power', 'hvac', 'it'],
  // Toilets and corridors: plumbing and cleaning first.
  public: ['water', 'cleaning', 'building', 'power'],
  plant_room: ['power', 'hvac', 'water', 'gas'],
};

export type FittingCategory = CategoryRecord & { suggested: boolean };

/**
 * The categories a label offers, best fit first: the device's own (suggested), then what is most
 * used at this kind of room, then the categories of the room's other devices, then the rest that
 * every room offers, in the hospital's order.
 */
export function fittingCategories(
  all: readonly CategoryRecord[],
  place: { location: Pick<LocationRecord, 'roomUse'>; asset: Pick<AssetRecord, 'categoryCode'> | null },
  roomDevices: readonly Pick<AssetRecord, 'categoryCode'>[] = [],
): FittingCategory[] {
  const deviceCategory = place.asset?.categoryCode;
  const byUse = place.location.roomUse ? CATEGORIES_BY_ROOM_USE[place.location.roomUse] : [];
  const ofDevices = new Set(roomDevices.map((a) => a.categoryCode));
  const rank = (c: CategoryRecord): number => {
    if (c.code === deviceCategory) return 0;
    const used = byUse.indexOf(c.code);
    if (used >= 0) return 1 + used;
    return ofDevices.has(c.code) ? 1 + byUse.length : 2 + byUse.length;
  };
  return all
    .filter((c) => c.offeredForRooms || c.code === deviceCategory || byUse.includes(c.code) || ofDevices.has(c.code))
    .map((c, order) => ({ category: c, order, rank: rank(c) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ category }) => ({ ...category, suggested: category.code === deviceCategory }));
}
