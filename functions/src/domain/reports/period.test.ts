import { resolvePeriod } from './period';

const zone = 'Asia/Shanghai';
/** 2026-12-01 20:09 in Shanghai. */
const decemberFirstEvening = new Date('2026-12-01T12:09:00Z');

describe('the one period of dashboards and workbooks', () => {
  it('cuts the current month at today: one day on December 1, not 31', () => {
    expect(resolvePeriod({ month: '2026-12' }, decemberFirstEvening, zone)).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
      days: 1,
      startsAt: '2026-11-30T16:00:00.000Z',
      endsAt: '2026-12-01T16:00:00.000Z',
      timezone: 'Asia/Shanghai',
    });
  });

  it('keeps a past month whole', () => {
    expect(resolvePeriod({ month: '2026-11' }, decemberFirstEvening, zone)).toMatchObject({ from: '2026-11-01', to: '2026-11-30', days: 30 });
  });

  it('cuts the current quarter at today', () => {
    expect(resolvePeriod({ quarter: '2026-Q4' }, decemberFirstEvening, zone)).toMatchObject({ from: '2026-10-01', to: '2026-12-01', days: 62 });
  });

  it('defaults to this month so far, and the same days as the month workbook', () => {
    expect(resolvePeriod({}, decemberFirstEvening, zone)).toEqual(resolvePeriod({ month: '2026-12' }, decemberFirstEvening, zone));
  });

  it('uses the hospital zone for today: 00:30 in Shanghai is already the next day', () => {
    expect(resolvePeriod({}, new Date('2026-11-30T16:30:00Z'), zone)).toMatchObject({ from: '2026-12-01', to: '2026-12-01', days: 1 });
  });

  it('cuts a range that runs into the future at today', () => {
    expect(resolvePeriod({ from: '2026-11-25', to: '2026-12-31' }, decemberFirstEvening, zone)).toMatchObject({ from: '2026-11-25', to: '2026-12-01', days: 7 });
  });

  it('refuses a period that has not started, one that runs backwards, and one longer than 92 days', () => {
    expect(() => resolvePeriod({ month: '2027-01' }, decemberFirstEvening, zone)).toThrow('has not started');
    expect(() => resolvePeriod({ from: '2026-11-20', to: '2026-11-10' }, decemberFirstEvening, zone)).toThrow('must not be after');
    expect(() => resolvePeriod({ from: '2026-01-01', to: '2026-11-30' }, decemberFirstEvening, zone)).toThrow('at most 92');
  });
});
