import type { LocationRecord } from '../records';

export const PLACE_MATCHES_MAX = 20;

export interface PlaceFound {
  location: LocationRecord;
  /** From the campus down to the place itself. */
  path: LocationRecord[];
}

/** How well a place answers the query: 0 is best; null: not at all. */
function rank(l: LocationRecord, q: string): number | null {
  const name = l.name.toLowerCase();
  const initials = l.initials ?? '';
  const code = (l.qrCode ?? '').toLowerCase();
  if (code === q || l.id.toLowerCase() === q) return 0;
  if (name.startsWith(q) || initials.startsWith(q)) return 1;
  if (name.includes(q) || initials.includes(q) || code.includes(q)) return 2;
  return null;
}

/**
 * The places of a hospital that answer the desk's query, rooms first, best matches first, at
 * most PLACE_MATCHES_MAX. The initials were stored when each place was written (placeInitials).
 */
export function searchPlaces(locations: readonly LocationRecord[], query: string): PlaceFound[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const byId = new Map(locations.map((l) => [l.id, l]));
  const ranked = locations.flatMap((l) => {
    const r = l.retired ? null : rank(l, q);
    return r === null ? [] : [{ l, score: r + (l.type === 'room' ? 0 : 10) }];
  });
  ranked.sort((a, b) => a.score - b.score || a.l.name.localeCompare(b.l.name, 'zh-CN', { numeric: true }));
  return ranked.slice(0, PLACE_MATCHES_MAX).map(({ l }) => ({
    location: l,
    path: [...l.ancestorIds.flatMap((id) => byId.get(id) ?? []), l],
  }));
}
