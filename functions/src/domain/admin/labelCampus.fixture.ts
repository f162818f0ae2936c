import type { AssetRecord, LocationRecord } from '../records';

/**
 * A small campus for label tests: two buildings that both have an 电梯厅 (issue 14: the labels
 * could not tell them apart), floors, rooms, devices, and a retired room and device.
 */
const H = 'label-test';
const place = (id: string, name: string, type: LocationRecord['type'], ancestorIds: string[], qrCode: string | null = null, retired = false): LocationRecord => ({
  hospitalId: H,
  id,
  name,
  type,
  parentId: ancestorIds.at(-1) ?? null,
  ancestorIds,
  roomUse: type === 'room' ? 'ward' : null,
  qrCode,
  retired,
});
const device = (id: string, name: string, locationId: string, retired = false): AssetRecord => ({
  hospitalId: H,
  id,
  name,
  type: 'air_conditioner',
  model: null,
  serial: null,
  vendor: null,
  installDate: null,
  categoryCode: 'hvac',
  lifeSupport: false,
  locationId,
  qrCode: `A-${id}`,
  retired,
});

export const labelCampus = {
  hospitalId: H,
  locations: [
    place('C1', '本部', 'campus', []),
    place('OPD', '门诊楼', 'building', ['C1']),
    place('OPD-F01', '1层', 'floor', ['C1', 'OPD']),
    place('OPD-0101', '电梯厅', 'room', ['C1', 'OPD', 'OPD-F01'], 'R-OPD-0101'),
    place('B5', '住院楼 5号楼', 'building', ['C1']),
    place('B5-F01', '1层', 'floor', ['C1', 'B5']),
    place('B5-0101', '电梯厅', 'room', ['C1', 'B5', 'B5-F01'], 'R-B5-0101'),
    place('B5-F05', '5层', 'floor', ['C1', 'B5']),
    place('B5-0502', '502 病房', 'room', ['C1', 'B5', 'B5-F05'], 'R-B5-0502'),
    place('B5-0501', '501 病房', 'room', ['C1', 'B5', 'B5-F05'], 'R-B5-0501'),
    place('B5-0503', '503 旧库房', 'room', ['C1', 'B5', 'B5-F05'], 'R-B5-0503', true),
  ],
  assets: [
    device('B5-0501-AC1', '空调', 'B5-0501'),
    device('B5-0501-AC2', '旧空调', 'B5-0501', true),
    device('B5-EL01', '1号客梯', 'B5-0101'),
  ],
};

export const labelCatalog = {
  catalog: { listLocations: async () => labelCampus.locations },
  catalogAdmin: { listAssets: async () => labelCampus.assets },
};
