import type { PlanSchedule } from '../../contract/planned';
import { dueDayOf, periodKeyOf, startOfDayIn, calendarDayIn, lastOfMonth } from './schedule';
import { orderWindow } from './window';

const plan = (frequency: PlanSchedule['frequency'], startsOn: string, everyDays?: number): PlanSchedule => ({ frequency, startsOn, ...(everyDays ? { everyDays } : {}) });

describe('due days', () => {
  it.each([
    ['daily', '2026-12-30', 0, '2026-12-30'],
    ['daily', '2026-12-30', 3, '2027-01-02'],
    ['weekly', '2026-12-28', 1, '2027-01-04'],
    ['monthly', '2026-01-31', 1, '2026-02-28'],
    ['monthly', '2028-01-31', 1, '2028-02-29'],
    ['monthly', '2026-01-31', 2, '2026-03-31'],
    ['quarterly', '2026-11-30', 1, '2027-02-28'],
    ['quarterly', '2026-11-30', 2, '2027-05-30'],
    ['semiannual', '2026-08-31', 1, '2027-02-28'],
    ['yearly', '2028-02-29', 1, '2029-02-28'],
    ['yearly', '2028-02-29', 4, '2032-02-29'],
  ] as const)('%s from %s, occurrence %i: %s', (frequency, startsOn, n, expected) => {
    expect(dueDayOf(plan(frequency, startsOn), n)).toBe(expected);
  });

  it('every 10 days crosses a month end and a leap day', () => {
    expect(dueDayOf(plan('everyNDays', '2028-02-20', 10), 1)).toBe('2028-03-01');
    expect(dueDayOf(plan('everyNDays', '2028-02-19', 10), 1)).toBe('2028-02-29');
  });
});

describe('period keys', () => {
  it.each([
    ['daily', '2026-12-01', '20261201'],
    ['everyNDays', '2026-12-01', '20261201'],
    ['weekly', '2026-12-01', '2026W49'],
    // ISO weeks: 2027-01-01 is a Friday of 2026's week 53; 2024-12-30 is in 2025's week 1.
    ['weekly', '2027-01-01', '2026W53'],
    ['weekly', '2024-12-30', '2025W01'],
    ['monthly', '2026-12-31', '202612'],
    ['quarterly', '2026-09-30', '2026Q3'],
    ['quarterly', '2026-10-01', '2026Q4'],
    ['semiannual', '2026-06-30', '2026H1'],
    ['semiannual', '2026-07-01', '2026H2'],
    ['yearly', '2026-12-31', '2026'],
  ] as const)('%s %s → %s', (frequency, day, expected) => {
    expect(periodKeyOf(frequency, day)).toBe(expected);
  });
});

describe('hospital zone', () => {
  it('a day starts at midnight in the zone (no DST: Shanghai)', () => {
    expect(startOfDayIn('2026-12-01', 'Asia/Shanghai')).toBe('2026-11-30T16:00:00.000Z');
    expect(calendarDayIn(new Date('2026-11-30T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(calendarDayIn(new Date('2026-11-30T15:59:59.000Z'), 'Asia/Shanghai')).toBe('2026-11-30');
  });

  it('a zone with DST: Berlin before and after the spring change', () => {
    expect(startOfDayIn('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });

  it('the due days do not move across a DST change', () => {
    expect(dueDayOf(plan('daily', '2026-03-28'), 2)).toBe('2026-03-30');
    expect(dueDayOf(plan('weekly', '2026-10-19'), 1)).toBe('2026-10-26');
  });
});

describe('windows', () => {
  it.each([
    ['daily', '2026-12-01', '2026-12-01', '2026-12-01'],
    ['weekly', '2026-12-30', '2026-12-30', '2027-01-01'],
    ['monthly', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['monthly', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['quarterly', '2026-12-25', '2026-12-15', '2027-01-04'],
    ['semiannual', '2026-03-01', '2026-02-09', '2026-03-21'],
    ['yearly', '2026-03-01', '2026-01-30', '2026-03-31'],
    ['meter', '2026-12-28', '2026-12-28', '2027-01-04'],
  ] as const)('default %s window of %s: %s to %s', (frequency, dueOn, opensOn, closesOn) => {
    expect(orderWindow(frequency, dueOn, null)).toEqual({ opensOn, closesOn });
  });

  it('every 25 days: ±2 days', () => {
    expect(orderWindow('everyNDays', '2026-12-10', null, 25)).toEqual({ opensOn: '2026-12-08', closesOn: '2026-12-12' });
  });

  it("a plan's own window replaces the calendar month", () => {
    expect(orderWindow('monthly', '2026-12-10', { beforeDays: 3, afterDays: 5 })).toEqual({ opensOn: '2026-12-07', closesOn: '2026-12-15' });
  });

  it('month ends', () => {
    expect(lastOfMonth('2026-04-10')).toBe('2026-04-30');
    expect(lastOfMonth('2100-02-01')).toBe('2100-02-28');
  });
});
