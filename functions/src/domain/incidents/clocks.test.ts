import { durationMinutes, missedClocks, nextWatchAt, startClocks } from './clocks';

const declared = new Date('2026-12-01T02:00:00.000Z');
const open = { status: 'open' as const, clocks: startClocks(declared, { onSiteMinutes: 30, planMinutes: 120 }) };

describe('an incident\'s clocks', () => {
  it('run from the declaration by the grade\'s minutes', () => {
    expect(open.clocks).toMatchObject({ onSiteBy: '2026-12-01T02:30:00.000Z', planBy: '2026-12-01T04:00:00.000Z' });
    expect(nextWatchAt(open)).toBe('2026-12-01T02:30:00.000Z');
  });

  it('are missed once each: a clock found missed, or met, is watched no more', () => {
    expect(missedClocks(open, new Date('2026-12-01T02:29:59.000Z'))).toEqual([]);
    expect(missedClocks(open, new Date('2026-12-01T02:30:00.000Z'))).toEqual(['onSite']);
    const told = { ...open, clocks: { ...open.clocks, onSiteMissedAt: '2026-12-01T02:31:00.000Z' } };
    expect(missedClocks(told, new Date('2026-12-01T02:45:00.000Z'))).toEqual([]);
    expect(nextWatchAt(told)).toBe('2026-12-01T04:00:00.000Z');
    const planned = { ...told, clocks: { ...told.clocks, planAt: '2026-12-01T03:00:00.000Z' } };
    expect(missedClocks(planned, new Date('2026-12-01T05:00:00.000Z'))).toEqual([]);
    expect(nextWatchAt(planned)).toBeNull();
  });

  it('stop when the incident is closed', () => {
    const closed = { ...open, status: 'closed' as const };
    expect(nextWatchAt(closed)).toBeNull();
    expect(missedClocks(closed, new Date('2026-12-02T00:00:00.000Z'))).toEqual([]);
  });

  it('measure the duration in whole minutes, rounded up', () => {
    expect(durationMinutes('2026-12-01T02:00:00.000Z', new Date('2026-12-01T03:30:00.000Z'))).toBe(90);
    expect(durationMinutes('2026-12-01T02:00:00.000Z', new Date('2026-12-01T02:01:01.000Z'))).toBe(2);
  });
});
