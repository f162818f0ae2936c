import type { VendorRecord } from './records';
import { coverageClash, coveringVendor, isActiveOn } from './coverage';
import { clockMinutes } from './serviceLevels';
import { vendorStaffProblem } from './staffRules';

/** A vendor with one contract; the period is 2026 unless the test says otherwise. */
function vendor(id: string, coverage: VendorRecord['contract']['coverage'], patch: Partial<VendorRecord['contract']> & { retired?: boolean } = {}): VendorRecord {
  const { retired, ...contract } = patch;
  return {
    hospitalId: 'h1',
    id,
    nameZh: id,
    nameEn: id,
    contactName: null,
    contactPhone: null,
    contract: { reference: `HT-${id}`, startsOn: '2026-01-01', endsOn: '2026-12-31', monthlyFee: 10000, coverage, serviceLevels: [], terms: [], penaltyCapPercent: null, bonusCapPercent: null, ...contract },
    createdAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...(retired ? { retired } : {}),
  };
}

// A lift in the outpatient building (OPD), a room of the inpatient building (B5).
const opdLift = { categoryCode: 'elevator', placeIds: ['OPD-0101', 'MAIN', 'OPD', 'OPD-F01'] };
const b5Lift = { categoryCode: 'elevator', placeIds: ['B5-0101', 'MAIN', 'B5', 'B5-F01'] };
const day = '2026-06-15';

describe('the vendor of a report (coveringVendor)', () => {
  const otis = vendor('otis', [{ categoryCode: 'elevator', buildingIds: ['OPD'] }]);
  const liftsEverywhere = vendor('kone', [{ categoryCode: 'elevator', buildingIds: [] }]);
  const cleaners = vendor('clean', [{ categoryCode: 'cleaning', buildingIds: [] }]);

  it.each([
    ['the building-specific vendor in its building', [otis], opdLift, 'otis'],
    ['nobody outside that building', [otis], b5Lift, null],
    ['the whole-hospital vendor anywhere', [liftsEverywhere], b5Lift, 'kone'],
    ['the building line over the whole-hospital line', [liftsEverywhere, otis], opdLift, 'otis'],
    ['the whole-hospital line where the building line does not reach', [otis, liftsEverywhere], b5Lift, 'kone'],
    ['nobody for a category no contract names', [cleaners, otis], { categoryCode: 'power', placeIds: ['OPD-0101', 'OPD'] }, null],
  ])('takes %s', (_, vendors, fault, expected) => {
    expect(coveringVendor(vendors, fault, day)?.id ?? null).toBe(expected);
  });

  it('skips a retired vendor and one outside its contract period (both ends of the period count)', () => {
    expect(coveringVendor([vendor('otis', otis.contract.coverage, { retired: true })], opdLift, day)).toBeNull();
    expect(coveringVendor([otis], opdLift, '2027-01-01')).toBeNull();
    expect(coveringVendor([otis], opdLift, '2025-12-31')).toBeNull();
    expect(coveringVendor([otis], opdLift, '2026-12-31')?.id).toBe('otis');
    expect(coveringVendor([otis], opdLift, '2026-01-01')?.id).toBe('otis');
    expect(isActiveOn(otis, '2026-01-01')).toBe(true);
  });
});

describe('overlapping coverage between vendors (coverageClash)', () => {
  const otis = vendor('otis', [{ categoryCode: 'elevator', buildingIds: ['OPD'] }]);

  it.each([
    ['the same building', [{ categoryCode: 'elevator', buildingIds: ['OPD', 'B5'] }], {}, 'otis'],
    ['another category', [{ categoryCode: 'cleaning', buildingIds: ['OPD'] }], {}, null],
    ['another building', [{ categoryCode: 'elevator', buildingIds: ['B5'] }], {}, null],
    ['a whole-hospital line beside a building line (the building line wins there)', [{ categoryCode: 'elevator', buildingIds: [] }], {}, null],
    ['a period after the other contract ends', [{ categoryCode: 'elevator', buildingIds: ['OPD'] }], { startsOn: '2027-01-01', endsOn: '2027-12-31' }, null],
    ['a period starting on the other contract’s last day', [{ categoryCode: 'elevator', buildingIds: ['OPD'] }], { startsOn: '2026-12-31', endsOn: '2027-12-31' }, 'otis'],
  ])('for %s', (_, coverage, period, clashWith) => {
    const mine = vendor('kone', coverage, period).contract;
    expect(coverageClash('kone', mine, [otis])?.other.id ?? null).toBe(clashWith);
  });

  it('finds two whole-hospital contracts of the same category, but not against a retired vendor or itself', () => {
    const cleaners = vendor('clean', [{ categoryCode: 'cleaning', buildingIds: [] }]);
    const mine = vendor('clean2', [{ categoryCode: 'cleaning', buildingIds: [] }]).contract;
    expect(coverageClash('clean2', mine, [cleaners])?.line).toEqual({ categoryCode: 'cleaning', buildingIds: [] });
    expect(coverageClash('clean2', mine, [vendor('clean', cleaners.contract.coverage, { retired: true })])).toBeNull();
    expect(coverageClash('clean', cleaners.contract, [cleaners])).toBeNull();
  });
});

describe('the service level of a report (clockMinutes)', () => {
  // The category: accept 15/15/5 min, arrive 240/120/30 min.
  const sla = { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
  const contract = vendor('otis', [{ categoryCode: 'elevator', buildingIds: [] }], {
    serviceLevels: [
      { categoryCode: 'elevator', urgency: 'emergency', acceptMinutes: 3, arriveMinutes: 15 },
      // Stricter to arrive, looser to accept: only the arrival is taken.
      { categoryCode: 'elevator', urgency: 'normal', acceptMinutes: 30, arriveMinutes: 180 },
    ],
  });

  it.each([
    ['the contract’s where both are stricter', 'emergency', { acceptMinutes: 3, arriveMinutes: 15 }],
    ['each time separately: the category’s accept, the contract’s arrival', 'normal', { acceptMinutes: 15, arriveMinutes: 180 }],
    ['the category’s where the contract names no level', 'urgent', { acceptMinutes: 15, arriveMinutes: 120 }],
  ] as const)('takes %s', (_, urgency, expected) => {
    expect(clockMinutes(sla, contract, 'elevator', urgency)).toEqual(expected);
  });

  it('takes the category’s for an in-house report', () => {
    expect(clockMinutes(sla, null, 'elevator', 'emergency')).toEqual({ acceptMinutes: 5, arriveMinutes: 30 });
  });
});

describe('who may be a vendor’s staff (vendorStaffProblem)', () => {
  const vendors = [vendor('otis', []), vendor('gone', [], { retired: true })];
  it.each([
    ['a vendor technician', { vendorId: 'otis', roles: ['technician'] }, null],
    ['a vendor manager who is also a technician', { vendorId: 'otis', roles: ['technician', 'vendor_manager'] }, null],
    ['a hospital technician', { vendorId: null, roles: ['technician'] }, null],
    ['a hospital user as vendor manager', { vendorId: null, roles: ['vendor_manager'] }, 'roles'],
    ['a vendor user with a hospital role', { vendorId: 'otis', roles: ['technician', 'dispatcher'] }, 'roles'],
    ['the staff of an unknown vendor', { vendorId: 'nope', roles: ['technician'] }, 'vendorId'],
    ['the staff of a retired vendor', { vendorId: 'gone', roles: ['technician'] }, 'vendorId'],
  ] as const)('%s', (_, person, field) => {
    const problem = vendorStaffProblem(person, vendors);
    expect(problem?.field ?? null).toBe(field);
    if (problem) expect(problem.messageZh).not.toBe('');
  });
});
