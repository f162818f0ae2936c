import type { AdminLocation } from '@contract/admin';
import type { LocationType } from '@contract/enums';

/** The level a place of each type hangs under (a campus is a root), as the API checks it. */
export const PARENT_TYPE: Record<LocationType, LocationType | null> = { campus: null, building: 'campus', floor: 'building', room: 'floor' };
export const CHILD_TYPE: Record<LocationType, LocationType | null> = { campus: 'building', building: 'floor', floor: 'room', room: null };

export interface PlaceIndex {
  byId: Map<string, AdminLocation>;
  children: Map<string | null, AdminLocation[]>;
}

export function indexPlaces(items: readonly AdminLocation[], showRetired: boolean): PlaceIndex {
  const byId = new Map(items.map((l) => [l.id, l]));
  const children = new Map<string | null, AdminLocation[]>();
  for (const l of items) {
    if (l.retired && !showRetired) continue;
    const list = children.get(l.parentId) ?? [];
    list.push(l);
    children.set(l.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
  return { byId, children };
}

/** "本部 › 5号楼 › 3F › 301": where a place is. */
export function pathName(place: AdminLocation, byId: ReadonlyMap<string, AdminLocation>): string {
  return [...place.ancestorIds.map((id) => byId.get(id)?.name ?? id), place.name].join(' › ');
}
