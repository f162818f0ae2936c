import type { AggregateCell } from './ticketDeltas';
import { cellCorrections } from './reconcile';

const cell = (kind: AggregateCell['kind'], value: string, counters: Record<string, number>, attrs: Record<string, string> = {}): AggregateCell => ({ kind, day: '2026-11-23', value, attrs, counters });

describe('cellCorrections', () => {
  it('corrects each counter that differs by its difference, conditional on the value read', () => {
    const expected = new Map([['ALL|2026-11-23|-', cell('ALL', '-', { reported: 2, st_assigned: 1, st_submitted: 1 })]]);
    const stored = [cell('ALL', '-', { reported: 7, st_assigned: 1, st_submitted: 1 })];
    expect(cellCorrections(expected, stored)).toEqual([{ cell: cell('ALL', '-', { reported: -5 }), read: { reported: 7 } }]);
  });

  it('writes a missing item whole, with its attributes, from zero', () => {
    const expected = new Map([['CAT|2026-11-23|power', cell('CAT', 'power', { reported: 2, failures: 2 }, { categoryCode: 'power' })]]);
    expect(cellCorrections(expected, [])).toEqual([{ cell: cell('CAT', 'power', { reported: 2, failures: 2 }, { categoryCode: 'power' }), read: { reported: 0, failures: 0 } }]);
  });

  it('brings an item no ticket is counted under any more to zero', () => {
    const stored = [cell('TECH', 'tech-zhao', { reported: 1, st_assigned: 1 }, { userId: 'tech-zhao' })];
    expect(cellCorrections(new Map(), stored)).toEqual([{ cell: cell('TECH', 'tech-zhao', { reported: -1, st_assigned: -1 }, { userId: 'tech-zhao' }), read: { reported: 1, st_assigned: 1 } }]);
  });

  it('finds nothing to correct when the stored items agree', () => {
    const expected = new Map([['ALL|2026-11-23|-', cell('ALL', '-', { reported: 3 })]]);
    expect(cellCorrections(expected, [cell('ALL', '-', { reported: 3 })])).toEqual([]);
  });
});
