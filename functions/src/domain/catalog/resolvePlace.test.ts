import { NotFoundError } from '../errors';
import type { PlacePartIds, PlaceParts } from '../ports';
import type { AssetRecord, LocationRecord, QrCodeRecord } from '../records';
import { resolvePlace } from './resolvePlace';

const location = (id: string, ancestorIds: string[]): LocationRecord => ({
  hospitalId: 'h', id, name: id, type: ancestorIds.length === 3 ? 'room' : 'floor', parentId: ancestorIds.at(-1) ?? null, ancestorIds, roomUse: null, qrCode: null,
});
const catalog = [location('campus', []), location('b5', ['campus']), location('b5-3', ['campus', 'b5']), location('b5-2', ['campus', 'b5']), location('room-301', ['campus', 'b5', 'b5-3'])];
const pump: AssetRecord = {
  hospitalId: 'h', id: 'pump', name: '输液泵', type: 'pump', model: null, serial: null, vendor: null, installDate: null, categoryCode: 'medical_equipment', lifeSupport: false, locationId: 'room-301', qrCode: 'A-pump',
};

/** A catalog read that records what each round asked for. */
function reader(locations: LocationRecord[], assets: AssetRecord[]) {
  const rounds: PlacePartIds[] = [];
  const read = (wanted: PlacePartIds): Promise<PlaceParts> => {
    rounds.push(wanted);
    return Promise.resolve({
      locations: new Map(locations.filter((l) => wanted.locationIds.includes(l.id)).map((l) => [l.id, l])),
      assets: new Map(assets.filter((a) => wanted.assetIds.includes(a.id)).map((a) => [a.id, a])),
    });
  };
  return { read, rounds };
}

const roomLabel: QrCodeRecord = { hospitalId: 'h', code: 'R-301', locationId: 'room-301', assetId: null, retired: false, locationAncestorIds: ['campus', 'b5', 'b5-3'] };

describe('resolvePlace', () => {
  it('reads a labelled room and all its ancestors in one round when the label carries them', async () => {
    const { read, rounds } = reader(catalog, []);
    const place = await resolvePlace(read, { qr: roomLabel });
    expect(place.path.map((l) => l.id)).toEqual(['campus', 'b5', 'b5-3', 'room-301']);
    expect(rounds).toEqual([{ locationIds: ['room-301', 'campus', 'b5', 'b5-3'], assetIds: [] }]);
  });

  it('reads the device, its room and the ancestors in one round from a device label', async () => {
    const { read, rounds } = reader(catalog, [pump]);
    const place = await resolvePlace(read, { qr: { ...roomLabel, code: 'A-pump', assetId: 'pump' } });
    expect(place.asset?.id).toBe('pump');
    expect(rounds).toHaveLength(1);
  });

  it('follows a device that moved since its label was written, at the cost of one more round', async () => {
    const moved = { ...pump, locationId: 'b5-2' };
    const { read, rounds } = reader(catalog, [moved]);
    const place = await resolvePlace(read, { qr: { ...roomLabel, code: 'A-pump', assetId: 'pump' } });
    expect(place.location.id).toBe('b5-2');
    expect(place.path.map((l) => l.id)).toEqual(['campus', 'b5', 'b5-2']);
    expect(rounds).toEqual([
      { locationIds: ['room-301', 'campus', 'b5', 'b5-3'], assetIds: ['pump'] },
      { locationIds: ['b5-2'], assetIds: [] },
    ]);
  });

  it('reads the ancestors a label without the hint does not name in a second round', async () => {
    const { read, rounds } = reader(catalog, []);
    const { locationAncestorIds: _none, ...oldLabel } = roomLabel;
    const place = await resolvePlace(read, { qr: oldLabel });
    expect(place.path).toHaveLength(4);
    expect(rounds).toHaveLength(2);
  });

  it('answers 404 for a retired label and for a room that is gone', async () => {
    const { read } = reader(catalog, []);
    await expect(resolvePlace(read, { qr: { ...roomLabel, retired: true } })).rejects.toThrow(NotFoundError);
    await expect(resolvePlace(reader([], []).read, { qr: roomLabel })).rejects.toThrow(NotFoundError);
  });

  it('refuses a device that is not at the chosen location', async () => {
    const { read } = reader(catalog, [pump]);
    await expect(resolvePlace(read, { locationId: 'b5-2', assetId: 'pump' })).rejects.toMatchObject({ problems: [{ code: 'asset_elsewhere' }] });
  });
});
