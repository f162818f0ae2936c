import { aTicket } from '../testing/factories';
import { aWorkOrder } from '../testing/workOrderFactory';
import type { TicketRecord } from '../records';
import type { ContractTerm, DisputeRecord, SpotCheckRecord, VendorRecord } from './records';
import { applyTerm, scorecardOf, type ScorecardInput } from './scorecard';

const term = (t: Partial<ContractTerm> & Pick<ContractTerm, 'id' | 'measure' | 'kind' | 'threshold' | 'direction'>): ContractTerm => ({
  percentPerUnit: 1,
  unit: null,
  capPercent: null,
  ...t,
});

const otis: VendorRecord = {
  hospitalId: 'h1',
  id: 'otis',
  nameZh: '奥的斯电梯维保',
  nameEn: 'Otis lift service',
  contactName: null,
  contactPhone: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  contract: {
    reference: 'HT-2026-018',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    monthlyFee: 20000,
    coverage: [{ categoryCode: 'elevator', buildingIds: ['opd'] }],
    serviceLevels: [],
    terms: [
      term({ id: 'T1', measure: 'acceptOnTimeRate', kind: 'penalty', threshold: 98, direction: 'below', percentPerUnit: 0.5, unit: 1, capPercent: 4 }),
      term({ id: 'T2', measure: 'satisfactionRate', kind: 'bonus', threshold: 98, direction: 'above', percentPerUnit: 1 }),
      term({ id: 'T3', measure: 'reopenRate', kind: 'penalty', threshold: 10, direction: 'above', percentPerUnit: 1, unit: 5 }),
      term({ id: 'T4', measure: 'pmComplianceRate', kind: 'penalty', threshold: 90, direction: 'below', percentPerUnit: 0.5 }),
      term({ id: 'T5', measure: 'firstTimeFixRate', kind: 'bonus', threshold: 85, direction: 'above', percentPerUnit: 0.2, unit: 1 }),
      term({ id: 'T6', measure: 'spotCheckFails', kind: 'penalty', threshold: 1, direction: 'above', percentPerUnit: 0.3 }),
    ],
    penaltyCapPercent: 5,
    bonusCapPercent: null,
  },
};

/** A November job done by the book: created 10 Nov 02:00Z, accepted 02:10 (by 02:15), arrived 03:00 (by 06:00), completed 04:00. */
function job(n: number, overrides: Partial<TicketRecord> = {}): TicketRecord {
  const id = `j${String(n).padStart(2, '0')}`;
  return aTicket({
    id,
    number: `BX-${id}`,
    categoryCode: 'elevator',
    vendorId: 'otis',
    status: 'confirmed',
    createdAt: '2026-11-10T02:00:00.000Z',
    acceptBy: '2026-11-10T02:15:00.000Z',
    arriveBy: '2026-11-10T06:00:00.000Z',
    acceptedAt: '2026-11-10T02:10:00.000Z',
    arrivedAt: '2026-11-10T03:00:00.000Z',
    firstArrivedAt: '2026-11-10T03:00:00.000Z',
    completedAt: '2026-11-10T04:00:00.000Z',
    ...overrides,
  });
}
const rating = (score: number) => ({ score, comment: null, at: '2026-11-10T05:00:00.000Z' });
const complaint = { openedAt: '2026-11-11T00:00:00.000Z', respondBy: 'x', resolveBy: 'x', callbackBy: 'x', respondedAt: null, resolvedAt: null, calledBackAt: null };
const notStarted = { status: 'submitted' as const, acceptedAt: null, arrivedAt: null, firstArrivedAt: null, completedAt: null };

const tickets: TicketRecord[] = [
  job(1, { acceptedAt: '2026-11-10T02:20:00.000Z' }), // accepted 5 min late
  job(2, notStarted), // never accepted; its acceptBy and arriveBy have passed
  job(3, { acceptedAt: '2026-11-10T02:30:00.000Z' }), // accepted late, but an accepted dispute takes it out of the accept rate
  job(4, { status: 'completed', reopenCount: 1 }), // reopened, completed again
  job(5, { status: 'accepted', reopenCount: 1, completedAt: null, arrivedAt: null }), // reopened, being redone (first arrival kept)
  job(6, { firstArrivedAt: '2026-11-10T06:30:00.000Z', arrivedAt: '2026-11-10T06:30:00.000Z' }), // arrived late
  job(7),
  job(8, { rating: rating(5) }),
  job(9, { rating: rating(5) }),
  job(10, { rating: rating(4) }),
  job(11, { rating: rating(3) }),
  job(12, { rating: rating(5) }),
  job(13, { complaint }),
  job(14, { complaint }),
  job(15, { acceptBy: null, arriveBy: null }), // no deadline: accepted and arrived count as on time
  job(16),
  job(17),
  job(18),
  job(19),
  // Reported at 23:50 on 30 Nov (local); its deadlines have not passed "now": in no time rate yet.
  job(20, { ...notStarted, createdAt: '2026-11-30T15:50:00.000Z', acceptBy: '2026-12-01T00:05:00.000Z', arriveBy: '2026-12-01T04:00:00.000Z' }),
  job(21, { status: 'cancelled', acceptedAt: '2026-11-10T03:00:00.000Z' }), // not a job
  job(22, { mergedIntoId: 'j07', acceptedAt: '2026-11-10T03:00:00.000Z' }), // not a job
];

const spot = (id: string, ticket: string, status: SpotCheckRecord['status']): SpotCheckRecord => ({
  hospitalId: 'h1', id, vendorId: 'otis', drawId: 'd1', month: '2026-11', ticketId: ticket, ticketNumber: `BX-${ticket}`,
  drawnAt: '2026-11-28T00:00:00.000Z', drawnById: 'mgr', status, inspectedAt: null, inspectedById: null, note: null, photoKeys: [],
});
const dispute = (id: string, ticket: string, measure: DisputeRecord['measure'], status: DisputeRecord['status']): DisputeRecord => ({
  hospitalId: 'h1', id, vendorId: 'otis', month: '2026-11', ticketId: ticket, ticketNumber: `BX-${ticket}`, measure, reason: '系统故障',
  raisedAt: '2026-11-29T00:00:00.000Z', raisedById: 'vendor-otis-mgr', status, decidedAt: null, decidedById: null, decisionReason: null,
});

const november: ScorecardInput = {
  vendor: otis,
  month: '2026-11',
  timezone: 'Asia/Shanghai',
  now: new Date('2026-12-01T00:00:00.000Z'), // 08:00 on 1 December in Shanghai
  tickets,
  workOrders: [
    aWorkOrder({ id: 'w1', categoryCode: 'elevator', dueOn: '2026-11-05', status: 'done', onTime: true, completedAt: '2026-11-05T03:00:00.000Z' }),
    aWorkOrder({ id: 'w2', categoryCode: 'elevator', dueOn: '2026-11-12', status: 'done', onTime: false, completedAt: '2026-12-01T00:00:00.000Z' }),
    aWorkOrder({ id: 'w3', categoryCode: 'elevator', dueOn: '2026-11-28', closesOn: '2026-12-08' }), // still inside its window: open
    aWorkOrder({ id: 'w4', categoryCode: 'elevator', dueOn: '2026-11-15', closesOn: '2026-11-20' }), // missed
    aWorkOrder({ id: 'w5', categoryCode: 'medical_equipment', dueOn: '2026-11-05', closesOn: '2026-11-10' }), // not the vendor's category
    aWorkOrder({ id: 'w6', categoryCode: 'elevator', dueOn: '2026-10-30', status: 'done', onTime: true }), // October's
  ],
  spotChecks: [spot('s1', 'j07', 'failed'), spot('s2', 'j08', 'passed'), spot('s3', 'j09', 'failed')],
  disputes: [
    dispute('d1', 'j03', 'acceptOnTimeRate', 'accepted'),
    dispute('d2', 'j01', 'acceptOnTimeRate', 'rejected'),
    dispute('d3', 'j13', 'complaints', 'open'),
    dispute('d4', 'j09', 'spotCheckFails', 'accepted'),
  ],
};

const nums = (...ns: number[]) => ns.map((n) => `BX-j${String(n).padStart(2, '0')}`);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('a vendor’s monthly scorecard (hand-computed November)', () => {
  const card = scorecardOf(november);
  const line = (key: string) => card.lines.find((l) => l.key === key)!;

  it('counts the month’s jobs: 22 tickets less one cancelled and one merged', () => {
    expect(line('jobs')).toMatchObject({ numerator: 20, denominator: null, value: 20 });
    expect(line('jobs').counted).toEqual(nums(...range(1, 19), 20));
  });

  it('measures acceptance: 20 jobs − j20 (deadline not passed) − j03 (disputed) = 18; on time 18 − j01 late − j02 never = 16; 16/18 = 88.89 %', () => {
    expect(line('acceptOnTimeRate')).toMatchObject({ numerator: 16, denominator: 18, value: 88.89, disputed: nums(3) });
    expect(line('acceptOnTimeRate').base).not.toContain('BX-j20');
    expect(line('acceptOnTimeRate').base.filter((n) => !line('acceptOnTimeRate').counted.includes(n))).toEqual(nums(1, 2));
  });

  it('measures arrival: 20 − j20 = 19 (j02 counts: its arriveBy passed); on time 19 − j02 − j06 = 17; 17/19 = 89.47 %', () => {
    expect(line('arriveOnTimeRate')).toMatchObject({ numerator: 17, denominator: 19, value: 89.47, disputed: [] });
  });

  it('measures fixes: completed = 20 − j02 − j20 = 18 (j05 counts: it was completed before its reopen); never reopened 16 = 88.89 %, reopened 2 = 11.11 %', () => {
    expect(line('firstTimeFixRate')).toMatchObject({ numerator: 16, denominator: 18, value: 88.89 });
    expect(line('reopenRate')).toMatchObject({ numerator: 2, denominator: 18, value: 11.11, counted: nums(4, 5) });
  });

  it('measures satisfaction 4 of 5 rated ≥ 4 = 80 %, complaints 2 (an open dispute does not count), spot-check fails 1 (j09’s accepted dispute)', () => {
    expect(line('satisfactionRate')).toMatchObject({ numerator: 4, denominator: 5, value: 80, base: nums(8, 9, 10, 11, 12) });
    expect(line('complaints')).toMatchObject({ numerator: 2, value: 2, counted: nums(13, 14), disputed: [] });
    expect(line('spotCheckFails')).toMatchObject({ numerator: 1, value: 1, counted: nums(7), disputed: nums(9) });
  });

  it('measures PM compliance over the lift orders due in November and decided: w1 on time, w2 late, w4 missed = 1/3 = 33.33 %', () => {
    expect(line('pmComplianceRate')).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 });
    expect(line('pmComplianceRate').base).toEqual(['PM20261105-w1', 'PM20261112-w2', 'PM20261115-w4']);
  });

  /*
   * Terms on a fee of 20,000 yuan:
   * T1 accept 88.89 < 98: ceil(9.11 / 1) = 10 steps × 0.5 = 5 %, its cap 4 % → 4 % = 800.00
   * T2 satisfaction 80 < 98: no bonus
   * T3 reopen 11.11 ≥ 10: ceil(1.11 / 5) = 1 step × 1 = 1 % = 200.00
   * T4 PM 33.33 < 90, flat: 0.5 % = 100.00
   * T5 first-time fix 88.89 ≥ 85: ceil(3.89 / 1) = 4 steps × 0.2 = 0.8 % = 160.00
   * T6 spot-check fails 1 ≥ 1, flat: 0.3 % = 60.00
   * Penalties 4 + 1 + 0.5 + 0.3 = 5.8 %, overall cap 5 % → 1,000.00; bonus 0.8 % = 160.00; net −840.00.
   */
  it('applies each term and the overall penalty cap', () => {
    const t = (id: string) => card.terms.find((x) => x.termId === id)!;
    expect(t('T1')).toMatchObject({ applies: true, units: 10, percent: 4, capped: true, amount: 800 });
    expect(t('T2')).toMatchObject({ applies: false, percent: 0, amount: 0 });
    expect(t('T3')).toMatchObject({ applies: true, units: 1, percent: 1, amount: 200 });
    expect(t('T4')).toMatchObject({ applies: true, units: null, percent: 0.5, amount: 100 });
    expect(t('T5')).toMatchObject({ applies: true, units: 4, percent: 0.8, amount: 160 });
    expect(t('T6')).toMatchObject({ applies: true, units: null, percent: 0.3, amount: 60 });
    expect(card).toMatchObject({ penaltyPercent: 5, penaltyAmount: 1000, bonusPercent: 0.8, bonusAmount: 160, netAmount: -840, capsApplied: ['penalty'] });
  });

  it('shows an empty month as dashes: no rate, no term applies, no money', () => {
    const empty = scorecardOf({ ...november, tickets: [], workOrders: [], spotChecks: [], disputes: [] });
    expect(empty.lines.filter((l) => l.kind === 'rate').map((l) => l.value)).toEqual([null, null, null, null, null, null]);
    // Counts are 0, not "—": T6 (fails ≥ 1) does not apply at 0.
    expect(empty.terms.map((t) => t.applies)).toEqual([false, false, false, false, false, false]);
    expect(empty).toMatchObject({ bonusAmount: 0, penaltyAmount: 0, netAmount: 0, capsApplied: [] });
  });
});

describe('one contract term', () => {
  const penalty = term({ id: 'p', measure: 'acceptOnTimeRate', kind: 'penalty', threshold: 98, direction: 'below', percentPerUnit: 0.5, unit: 1, capPercent: 5 });

  it('starts below the threshold: 98 is no penalty, 97.5 one step (0.5 % of 20,000 = 100), 96.9 two steps (1 % = 200)', () => {
    expect(applyTerm(penalty, 98, 20000)).toMatchObject({ applies: false, percent: 0, amount: 0 });
    expect(applyTerm(penalty, 97.5, 20000)).toMatchObject({ applies: true, units: 1, percent: 0.5, amount: 100 });
    expect(applyTerm(penalty, 96.9, 20000)).toMatchObject({ units: 2, percent: 1, amount: 200 });
    expect(applyTerm(penalty, 97, 20000)).toMatchObject({ units: 1, percent: 0.5 });
  });

  it('an above term starts at its threshold; money is rounded to the fen (0.3 % of 12,345.67 = 37.04)', () => {
    const bonus = term({ id: 'b', measure: 'satisfactionRate', kind: 'bonus', threshold: 98, direction: 'above', percentPerUnit: 0.3 });
    expect(applyTerm(bonus, 98, 12345.67)).toMatchObject({ applies: true, percent: 0.3, amount: 37.04 });
    expect(applyTerm(bonus, null, 12345.67)).toMatchObject({ applies: false, amount: 0 });
  });
});
