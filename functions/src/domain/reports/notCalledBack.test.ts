import { countNotCalledBack } from './notCalledBack';

/** A counter that answers 7 and remembers the range it was asked for. */
function counter() {
  const asked: { from: string; before: string; filter: object }[] = [];
  return {
    asked,
    countCallbacksOwed: async (_h: string, from: string, before: string, filter: object) => {
      asked.push({ from, before, filter });
      return 7;
    },
  };
}

// November 2026 in Shanghai: 2026-10-31T16:00Z … 2026-11-30T16:00Z.
const november = { startsAt: '2026-10-31T16:00:00.000Z', endsAt: '2026-11-30T16:00:00.000Z' };

describe('tickets not called back in a period', () => {
  it('counts only completions older than the 14 days the desk has to call back', async () => {
    const c = counter();
    expect(await countNotCalledBack(c, 'h1', november, new Date('2026-11-20T04:00:00.000Z'), { category: 'power' })).toBe(7);
    expect(c.asked).toEqual([{ from: '2026-10-31T16:00:00.000Z', before: '2026-11-06T04:00:00.000Z', filter: { category: 'power' } }]);
  });

  it('stops at the period end once the whole period is past the 14 days', async () => {
    const c = counter();
    await countNotCalledBack(c, 'h1', november, new Date('2026-12-30T00:00:00.000Z'));
    expect(c.asked[0]!.before).toBe('2026-11-30T16:00:00.000Z');
  });

  it('is 0 without a read while every completion of the period is still within the 14 days', async () => {
    const c = counter();
    expect(await countNotCalledBack(c, 'h1', november, new Date('2026-11-10T00:00:00.000Z'))).toBe(0);
    expect(c.asked).toEqual([]);
  });
});
