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
});
