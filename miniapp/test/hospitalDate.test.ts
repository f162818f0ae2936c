import { day, hospitalDate } from '../src/components/manager/format';

describe("the hospital's calendar day on any device", () => {
  it('is already tomorrow in China at 17:10 UTC, whatever zone the device is set to', () => {
    expect(day(hospitalDate(new Date('2026-12-01T17:10:00Z'), 'Asia/Shanghai'))).toBe('2026-12-02');
  });
  it('is still today in China at 15:59 UTC', () => {
    expect(day(hospitalDate(new Date('2026-12-01T15:59:00Z'), 'Asia/Shanghai'))).toBe('2026-12-01');
  });
});
