import { crossingsOf } from './meter';
import { workOrderIdOf } from './openOrders';
import { firstState, stateAt } from './planState';

describe('where a plan starts', () => {
  const monthly = { schedule: { frequency: 'monthly' as const, startsOn: '2026-01-15' }, window: null, leadDays: 7 };

  it("a monthly plan written mid-month starts with this month's order (its window is still open)", () => {
    // 2026-03-20 10:00 in Shanghai: March's window (1–31) is open, so occurrence 2 (due 2026-03-15).
    expect(firstState(monthly, new Date('2026-03-20T02:00:00Z'), 'Asia/Shanghai')).toEqual({
      nextOccurrence: 2,
      nextDueOn: '2026-03-15',
      nextPeriod: '202603',
      // The window opens 2026-03-01; 7 days' lead: 2026-02-22 00:00 in Shanghai.
      generateAt: '2026-02-21T16:00:00.000Z',
    });
  });

  it('a daily plan started long ago starts today', () => {
    const daily = { schedule: { frequency: 'daily' as const, startsOn: '2020-01-01' }, window: null, leadDays: 0 };
    expect(firstState(daily, new Date('2026-12-01T15:59:00Z'), 'Asia/Shanghai').nextDueOn).toBe('2026-12-01');
    expect(firstState(daily, new Date('2026-12-01T16:00:00Z'), 'Asia/Shanghai').nextDueOn).toBe('2026-12-02');
  });

  it('a meter plan has no calendar state', () => {
    expect(stateAt({ schedule: { frequency: 'meter', startsOn: '2026-12-01' }, window: null, leadDays: 0 }, 0, 'Asia/Shanghai')).toEqual({ nextDueOn: null, nextPeriod: null, generateAt: null });
  });
});

describe('meter thresholds', () => {
  it.each([
    [0, 0],
    [499, 0],
    [500, 1],
    [1600, 3],
  ])('a reading of %d has passed %d thresholds of every 500 from 0', (value, k) => {
    expect(crossingsOf({ every: 500, startsAt: 0 }, value)).toBe(k);
  });

  it('counts from startsAt', () => {
    expect(crossingsOf({ every: 250, startsAt: 1000 }, 900)).toBe(0);
    expect(crossingsOf({ every: 250, startsAt: 1000 }, 1260)).toBe(1);
  });
});

describe('work order ids', () => {
  it('are the plan × period (× device)', () => {
    expect(workOrderIdOf('P1', '20261201')).toBe('P1-20261201');
    expect(workOrderIdOf('P1', '2026W49', 'VENT1')).toBe('P1-VENT1-2026W49');
  });

  it('are hashed to 64 characters when the device id makes them longer, and stay deterministic', () => {
    const planId = '01JEXAMPLEPLANID000000000A';
    const long = workOrderIdOf(planId, '2026Q4', 'D'.repeat(60));
    expect(long).toHaveLength(64);
    expect(long.startsWith(`${planId}-`)).toBe(true);
    expect(workOrderIdOf(planId, '2026Q4', 'D'.repeat(60))).toBe(long);
    expect(workOrderIdOf(planId, '2027Q1', 'D'.repeat(60))).not.toBe(long);
  });
});
