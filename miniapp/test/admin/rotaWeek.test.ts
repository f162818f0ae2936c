import { mondayOf, replaceDays, shiftWeek, weekDates } from '../../src/packages/admin/components/rotaWeek';

describe('the rota week', () => {
  it('finds the Monday of a Sunday and of a Monday', () => {
    expect(mondayOf(new Date(2026, 11, 6))).toBe('2026-11-30');
    expect(mondayOf(new Date(2026, 10, 30))).toBe('2026-11-30');
  });

  it('lists the seven days across a month end, and steps by weeks', () => {
    expect(weekDates('2026-11-30')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(shiftWeek('2026-11-30', -1)).toBe('2026-11-23');
  });

  it('replaces the chosen days of one person only, keeping their other days', () => {
    const week = [
      { userId: 'a', day: '2026-11-30', start: '08:00', end: '16:00' },
      { userId: 'a', day: '2026-12-01', start: '08:00', end: '16:00' },
      { userId: 'b', day: '2026-12-01', start: '20:00', end: '08:00' },
    ];
    expect(replaceDays(week, 'a', ['2026-12-01'], [{ start: '20:00', end: '08:00' }])).toEqual([
      { day: '2026-11-30', start: '08:00', end: '16:00' },
      { day: '2026-12-01', start: '20:00', end: '08:00' },
    ]);
    expect(replaceDays(week, 'a', ['2026-11-30'], [])).toEqual([{ day: '2026-12-01', start: '08:00', end: '16:00' }]);
  });
});
