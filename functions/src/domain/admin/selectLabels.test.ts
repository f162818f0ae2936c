import { InvalidError, NotFoundError } from '../errors';
import { labelCatalog, labelCampus } from './labelCampus.fixture';
import { selectLabels, type LabelSelection } from './qrLabels';

const BASE = 'https://repair.hospital.cn';
const select = (selection: Partial<LabelSelection>) =>
  selectLabels(labelCatalog, labelCampus.hospitalId, { kind: 'all', page: 1, perPage: 200, ...selection }, BASE);
const summary = async (selection: Partial<LabelSelection>) => (await select(selection)).labels.map((l) => `${l.code} | ${l.name} | ${l.place}`);

describe('selectLabels', () => {
  it('gives every active label of the hospital without a building: each room, then its devices, with building and floor', async () => {
    expect(await summary({})).toEqual([
      'R-B5-0101 | 电梯厅 | 住院楼 5号楼 · 1层',
      'A-B5-EL01 | 1号客梯 | 住院楼 5号楼 · 1层 · 电梯厅',
      'R-B5-0501 | 501 病房 | 住院楼 5号楼 · 5层',
      'A-B5-0501-AC1 | 空调 | 住院楼 5号楼 · 5层 · 501 病房',
      'R-B5-0502 | 502 病房 | 住院楼 5号楼 · 5层',
      'R-OPD-0101 | 电梯厅 | 门诊楼 · 1层',
    ]);
  });

  it('links each label to the configured base URL, and prints ids where a name cannot be', async () => {
    const [first] = (await select({ codes: ['A-B5-EL01'] })).labels;
    expect(first).toMatchObject({ link: 'https://repair.hospital.cn/#/pages/report/index?scene=A-B5-EL01', placeIds: 'B5 · B5-F01 · B5-0101' });
  });

  it('narrows to a building, to floors, to rooms only, or to some codes', async () => {
    expect((await summary({ buildingId: 'OPD' }))).toEqual(['R-OPD-0101 | 电梯厅 | 门诊楼 · 1层']);
    expect((await select({ buildingId: 'B5', floorIds: ['B5-F05'] })).labels.map((l) => l.code)).toEqual(['R-B5-0501', 'A-B5-0501-AC1', 'R-B5-0502']);
    expect((await select({ floorIds: ['B5-F05'], kind: 'rooms' })).labels.map((l) => l.code)).toEqual(['R-B5-0501', 'R-B5-0502']);
    expect((await select({ buildingId: 'B5', kind: 'assets' })).labels.map((l) => l.code)).toEqual(['A-B5-EL01', 'A-B5-0501-AC1']);
    expect((await select({ codes: ['R-B5-0502', 'A-B5-0501-AC1', 'R-B5-0502'] })).labels.map((l) => l.code)).toEqual(['A-B5-0501-AC1', 'R-B5-0502']);
  });

  it('pages a large set: the pages together are the whole set, once', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => select({ page, perPage: 2 })));
    expect(pages.map((p) => p.labels.map((l) => l.code))).toEqual([
      ['R-B5-0101', 'A-B5-EL01'],
      ['R-B5-0501', 'A-B5-0501-AC1'],
      ['R-B5-0502', 'R-OPD-0101'],
    ]);
    expect(pages.map((p) => [p.page, p.pageCount, p.total])).toEqual([[1, 3, 6], [2, 3, 6], [3, 3, 6]]);
    await expect(select({ page: 4, perPage: 2 })).rejects.toThrow(InvalidError);
  });

  it('404s an unknown or retired building, floor or code, and a floor of another building', async () => {
    await expect(select({ buildingId: 'NOPE' })).rejects.toThrow(NotFoundError);
    await expect(select({ buildingId: 'B5-F05' })).rejects.toThrow(NotFoundError);
    await expect(select({ buildingId: 'OPD', floorIds: ['B5-F05'] })).rejects.toThrow(NotFoundError);
    await expect(select({ codes: ['R-B5-0503'] })).rejects.toThrow(NotFoundError);
    await expect(select({ codes: ['A-B5-0501-AC2'] })).rejects.toThrow(NotFoundError);
  });
});
