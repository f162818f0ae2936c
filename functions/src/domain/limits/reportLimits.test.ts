import { RateLimitedError } from '../errors';
import { aUser, people } from '../testing/factories';
import { chargeReport, limitCountersToRead } from './reportGuards';
import { checkLimits, fixedWindowAt, limitChargesFor, refusalFor, reportLimitsOf, secondsUntilWindowEnds, TooManyReportsError, DEFAULT_REPORT_LIMITS } from './reportLimits';

// 2026-12-01T12:34:56Z = epoch 1796128496 s. Its hour began at 12:00:00Z (1796126400), its 10 minutes at 12:30:00Z (1796128200), its UTC day at 00:00Z (1796083200).
const at = new Date('2026-12-01T12:34:56.000Z');
const hospital = { id: 'h1', name: 'H', timezone: 'Asia/Shanghai', ticketPrefix: 'BX' };
const guest = aUser({ id: 'guest-1', kind: 'guest' });

describe('fixed windows', () => {
  it.each([
    // window seconds, start, end, seconds left at 12:34:56
    [3600, '2026-12-01T12:00:00.000Z', '2026-12-01T13:00:00.000Z', 25 * 60 + 4],
    [600, '2026-12-01T12:30:00.000Z', '2026-12-01T12:40:00.000Z', 5 * 60 + 4],
    [86400, '2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z', 11 * 3600 + 25 * 60 + 4],
  ])('a %i-second window holds 12:34:56 from %s to %s, freeing in %i s', (seconds, start, end, left) => {
    const window = fixedWindowAt(at, seconds);
    expect(new Date(window.startEpoch * 1000).toISOString()).toBe(start);
    expect(new Date(window.endEpoch * 1000).toISOString()).toBe(end);
    expect(secondsUntilWindowEnds(at, window)).toBe(left);
  });

  it('counts a part second as a whole one, and never answers 0', () => {
    const window = fixedWindowAt(new Date('2026-12-01T12:39:59.200Z'), 600);
    expect(secondsUntilWindowEnds(new Date('2026-12-01T12:39:59.200Z'), window)).toBe(1);
    expect(secondsUntilWindowEnds(new Date('2026-12-01T12:39:59.999Z'), window)).toBe(1);
  });

  it('starts a new window on the boundary itself', () => {
    const window = fixedWindowAt(new Date('2026-12-01T13:00:00.000Z'), 3600);
    expect(new Date(window.startEpoch * 1000).toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(secondsUntilWindowEnds(new Date('2026-12-01T13:00:00.000Z'), window)).toBe(3600);
  });
});

describe('who is charged to which windows', () => {
  it.each([
    ['a guest', guest, [[3, 3600]]],
    ['a staff reporter', people.nurse, [[10, 600], [50, 86400]]],
    ['a dispatcher', people.desk, []],
    ['a technician', people.zhao, []],
    ['a manager', people.manager, []],
    ['an admin', people.admin, []],
    ['a reporter who is also on the desk', aUser({ id: 'both', roles: ['reporter', 'dispatcher'] }), []],
  ])('%s', (_, user, expected) => {
    const charges = limitCountersToRead(user, at);
    expect(charges.map((c) => [c.maxReports, c.windowSeconds])).toEqual(expected);
  });

  it('keys each counter by the window it counts, and keeps it an hour past the window', () => {
    const [charge] = limitChargesFor('guest-1', 'guest', DEFAULT_REPORT_LIMITS, at);
    expect(charge).toEqual({ userId: 'guest-1', maxReports: 3, windowSeconds: 3600, startEpoch: 1796126400, endEpoch: 1796130000, expiresAtEpoch: 1796133600 });
  });

  it("uses a hospital's own limits where it has them, the defaults for the rest", () => {
    const limits = reportLimitsOf({ limits: { guest: [{ maxReports: 1, windowSeconds: 86400 }] } });
    expect(limits.guest).toEqual([{ maxReports: 1, windowSeconds: 86400 }]);
    expect(limits.staffReporter).toEqual([{ maxReports: 10, windowSeconds: 600 }, { maxReports: 50, windowSeconds: 86400 }]);
    expect(limits.burst).toEqual({ minReports: 3, windowMinutes: 10 });
  });
});

describe('refusals', () => {
  it('lets the third report of a guest in an hour through and refuses the fourth, until the hour is over', () => {
    const read = limitCountersToRead(guest, at);
    expect(chargeReport(guest, hospital, at, read, [2])).toHaveLength(1);
    const refusal = (() => {
      try {
        chargeReport(guest, hospital, at, read, [3]);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(TooManyReportsError);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect(refusal).toMatchObject({ retryAfterSeconds: 1504, message: 'Too many reports; try again in 26 minutes', messageZh: '报修过于频繁，请 26 分钟后再试' });
  });

  it('names the window that frees last when several are full', () => {
    const charges = limitChargesFor('nurse-li', 'staffReporter', DEFAULT_REPORT_LIMITS, at);
    expect(() => checkLimits(charges, [10, 50], at)).toThrow(expect.objectContaining({ retryAfterSeconds: 41104 }));
    expect(() => checkLimits(charges, [10, 12], at)).toThrow(expect.objectContaining({ retryAfterSeconds: 304, messageZh: '报修过于频繁，请 6 分钟后再试' }));
    expect(() => checkLimits(charges, [9, 49], at)).not.toThrow();
  });

  it('says "1 minute" in the singular', () => {
    const [charge] = limitChargesFor('guest-1', 'guest', DEFAULT_REPORT_LIMITS, new Date('2026-12-01T12:59:30.000Z'));
    expect(refusalFor([charge!], new Date('2026-12-01T12:59:30.000Z'))).toMatchObject({ retryAfterSeconds: 30, message: 'Too many reports; try again in 1 minute', messageZh: '报修过于频繁，请 1 分钟后再试' });
  });

  it('checks the counters of a hospital with other windows by the transaction alone (0 read for them)', () => {
    const strict = { ...hospital, limits: { guest: [{ maxReports: 1, windowSeconds: 86400 }] } };
    const read = limitCountersToRead(guest, at);
    expect(chargeReport(guest, strict, at, read, [3]).map((c) => c.windowSeconds)).toEqual([86400]);
  });
});
