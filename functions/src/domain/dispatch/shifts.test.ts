import { isOnShift } from './shifts';

const tz = 'Asia/Shanghai';
// 2026-11-23 is a Monday.
const at = (local: string) => new Date(`${local}+08:00`);

describe('shifts', () => {
  const day = { shifts: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:30' }] };
  const night = { shifts: [{ days: [1], start: '20:00', end: '08:00' }] };

  it('counts a weekday day shift only within its hours', () => {
    expect(isOnShift(day, at('2026-11-23T08:00:00'), tz)).toBe(true);
    expect(isOnShift(day, at('2026-11-23T17:30:00'), tz)).toBe(false);
    expect(isOnShift(day, at('2026-11-22T10:00:00'), tz)).toBe(false); // Sunday
  });

  it('carries a night shift past midnight into the next day', () => {
    expect(isOnShift(night, at('2026-11-23T23:00:00'), tz)).toBe(true);
    expect(isOnShift(night, at('2026-11-24T07:59:00'), tz)).toBe(true);
    expect(isOnShift(night, at('2026-11-24T08:00:00'), tz)).toBe(false);
    expect(isOnShift(night, at('2026-11-23T07:00:00'), tz)).toBe(false); // Sunday night was not worked
  });

  it('treats staff without a shift pattern as off shift', () => {
    expect(isOnShift({}, at('2026-11-23T10:00:00'), tz)).toBe(false);
  });

  describe('dated shifts of the rota', () => {
    it('counts a day shift from its start up to, not including, its end on that day only', () => {
      const dated = [{ day: '2026-11-24', start: '08:00', end: '16:00' }];
      expect(isOnShift({}, at('2026-11-24T08:00:00'), tz, dated)).toBe(true);
      expect(isOnShift({}, at('2026-11-24T15:59:00'), tz, dated)).toBe(true);
      expect(isOnShift({}, at('2026-11-24T16:00:00'), tz, dated)).toBe(false);
      expect(isOnShift({}, at('2026-11-23T10:00:00'), tz, dated)).toBe(false);
    });

    it('runs a night shift into the next morning', () => {
      const dated = [{ day: '2026-11-29', start: '20:00', end: '08:00' }]; // Sunday night, into Monday
      expect(isOnShift({}, at('2026-11-29T19:59:00'), tz, dated)).toBe(false);
      expect(isOnShift({}, at('2026-11-30T07:59:00'), tz, dated)).toBe(true);
      expect(isOnShift({}, at('2026-11-30T08:00:00'), tz, dated)).toBe(false);
    });

    it('reads the times in the hospital zone, not UTC', () => {
      const dated = [{ day: '2026-11-24', start: '08:00', end: '09:00' }];
      expect(isOnShift({}, new Date('2026-11-24T00:30:00Z'), tz, dated)).toBe(true);
      expect(isOnShift({}, new Date('2026-11-24T08:30:00Z'), tz, dated)).toBe(false);
    });

    it('still honours the weekly pattern of someone without a dated shift', () => {
      expect(isOnShift(day, at('2026-11-23T09:00:00'), tz, [])).toBe(true);
    });
  });
});
