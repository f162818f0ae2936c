import { CreatePlanBody } from '../../contract/planned';
import { memoryAggregates } from '../testing/memoryAggregates';
import type { AssetRecord, CategoryRecord } from '../records';
import type { AggregateCell } from '../reports/ticketDeltas';
import type { DeviceOfType } from './reportPort';
import { readPlanSuggestions } from './suggestions';

const zone = 'Asia/Shanghai';
/** 2026-12-05 12:00 in Shanghai: the 90 days are 2026-09-07 … 2026-12-05. */
const now = new Date('2026-12-05T04:00:00Z');

const faults = (assetId: string, day: string, failures: number, categoryCode: string): AggregateCell => ({
  kind: 'ASSET', day, value: assetId, attrs: { assetId, categoryCode }, counters: { failures, reported: failures },
});
const cells = [
  faults('V1', '2026-11-01', 2, 'medical_equipment'),
  faults('V2', '2026-11-20', 1, 'medical_equipment'),
  faults('V2', '2026-09-07', 1, 'power'),
  faults('V1', '2026-09-06', 5, 'medical_equipment'), // the day before the 90 days
  faults('AC1', '2026-11-02', 2, 'hvac'),
  faults('L1', '2026-10-02', 3, 'elevator'),
  faults('GONE', '2026-10-02', 9, 'power'), // no longer in the ledger
];
const asset = (id: string, type: string) => ({ id, type }) as AssetRecord;
const ledger = [asset('V1', 'ventilator'), asset('V2', 'ventilator'), asset('AC1', 'air_conditioner'), asset('L1', 'passenger_elevator')];
const ofType: Record<string, DeviceOfType[]> = {
  ventilator: [{ id: 'V1', lifeSupport: false, retired: false }, { id: 'V2', lifeSupport: true, retired: false }, { id: 'V3', lifeSupport: true, retired: true }],
  passenger_elevator: [{ id: 'L1', lifeSupport: false, retired: false }],
  air_conditioner: [{ id: 'AC1', lifeSupport: false, retired: false }, { id: 'AC2', lifeSupport: false, retired: false }],
};
const categories = [{ code: 'medical_equipment', team: '医学装备科' }, { code: 'elevator', team: '电梯维保单位' }] as CategoryRecord[];

const asked: string[][] = [];
const deps = {
  aggregates: memoryAggregates({ cells }),
  catalog: {
    getPlaceParts: async (_h: string, wanted: { assetIds: string[] }) => {
      asked.push([...wanted.assetIds].sort());
      return { locations: new Map(), assets: new Map(ledger.filter((a) => wanted.assetIds.includes(a.id)).map((a) => [a.id, a])) };
    },
    listCategories: async () => categories,
  },
  plannedReports: { devicesOfType: async (_h: string, type: string) => ofType[type] ?? [] },
};

describe('plans suggested from failure data', () => {
  it('suggests a monthly plan for a type whose failures in the last 90 days exceed the threshold', async () => {
    const list = await readPlanSuggestions(deps, 'h1', zone, 3, now);
    expect(list.threshold).toBe(3);
    expect(list.items).toEqual([
      {
        assetType: 'ventilator', categoryCode: 'medical_equipment', failures: 4, devices: 2, since: '2026-09-07',
        proposed: expect.objectContaining({
          target: { kind: 'assetType', assetType: 'ventilator' },
          schedule: { frequency: 'monthly', startsOn: '2027-01-01' },
          categoryCode: 'medical_equipment',
          team: '医学装备科',
          criticality: 'lifeSupport',
        }),
      },
    ]);
    expect(list.items[0]!.proposed.checklist.map((i) => i.id)).toEqual(['visual', 'function', 'safety', 'notes']);
    // The manager's form accepts it as it is.
    expect(CreatePlanBody.safeParse(list.items[0]!.proposed).success).toBe(true);
    // Only the devices that failed in the 90 days are read, never the ledger.
    expect(asked.at(-1)).toEqual(['AC1', 'GONE', 'L1', 'V1', 'V2']);
  });

  it('ranks every type over a lower threshold by failures, and a type of ordinary devices is normal', async () => {
    const list = await readPlanSuggestions(deps, 'h1', zone, 1, now);
    expect(list.items.map((s) => [s.assetType, s.failures, s.devices, s.proposed.criticality, s.proposed.team ?? null])).toEqual([
      ['ventilator', 4, 2, 'lifeSupport', '医学装备科'],
      ['passenger_elevator', 3, 1, 'normal', '电梯维保单位'],
      ['air_conditioner', 2, 2, 'normal', null],
    ]);
  });

  it('suggests nothing without failures', async () => {
    expect(await readPlanSuggestions({ ...deps, aggregates: memoryAggregates() }, 'h1', zone, 3, now)).toEqual({ items: [], threshold: 3 });
  });
});
