import type { LocationRecord } from '../records';
import { searchPlaces } from './searchPlaces';

const place = (id: string, name: string, type: LocationRecord['type'], ancestorIds: string[], extra: Partial<LocationRecord> = {}): LocationRecord => ({
  hospitalId: 'h1',
  id,
  name,
  type,
  parentId: ancestorIds.at(-1) ?? null,
  ancestorIds,
  roomUse: null,
  qrCode: null,
  ...extra,
});

const places: LocationRecord[] = [
  place('c', '本部', 'campus', []),
  place('b5', '5号楼', 'building', ['c']),
  place('b5-3', '3层', 'floor', ['c', 'b5']),
  place('nurse', '心内科 护士站', 'room', ['c', 'b5', 'b5-3'], { initials: 'xnkhsz', qrCode: 'R-B5-0301' }),
  place('ward', '心内科 病房 1', 'room', ['c', 'b5', 'b5-3'], { initials: 'xnkbf1' }),
  place('old', '心内科 旧库房', 'room', ['c', 'b5', 'b5-3'], { initials: 'xnkjkf', retired: true }),
  place('icu', '重症监护室 A区', 'room', ['c', 'b5'], { initials: 'zzjhsaq' }),
];

describe('searchPlaces', () => {
  it('finds rooms by their pinyin initials, with the path from the campus down', () => {
    const found = searchPlaces(places, 'XNKH');
    expect(found.map((f) => f.location.id)).toEqual(['nurse']);
    expect(found[0]!.path.map((l) => l.name)).toEqual(['本部', '5号楼', '3层', '心内科 护士站']);
  });

  it('finds by a part of the name and leaves retired places out', () => {
    expect(searchPlaces(places, '心内科').map((f) => f.location.id)).toEqual(['ward', 'nurse']);
  });

  it('puts an exact label code first', () => {
    expect(searchPlaces(places, 'r-b5-0301').map((f) => f.location.id)).toEqual(['nurse']);
  });

  it('finds nothing for a blank query', () => {
    expect(searchPlaces(places, '  ')).toEqual([]);
  });
});
