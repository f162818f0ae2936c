import type { ScorecardTermLine } from '@contract/scorecard';
import { lineValue, termText } from '../src/components/vendor/labels';
import { monthParam, shiftMonth } from '../src/components/vendor/month';

const term = (over: Partial<ScorecardTermLine>): ScorecardTermLine => ({
  termId: 'accept', measure: 'acceptOnTimeRate', kind: 'penalty', threshold: 98, direction: 'below', percentPerUnit: 0.5, unit: 1, capPercent: 5,
  value: 90, applies: true, units: 8, percent: 4, capped: false, amount: 800, ...over,
});

describe('the scorecard as the screens write it (Chinese)', () => {
  it('shows a rate with %, a count as is, and no base as —', () => {
    expect(lineValue({ kind: 'rate', value: 88.89 })).toBe('88.89%');
    expect(lineValue({ kind: 'count', value: 3 })).toBe('3');
    expect(lineValue({ kind: 'rate', value: null })).toBe('—');
  });

  it('writes a term with its money, its cap, or that it did not trigger', () => {
    expect(termText(term({}))).toBe('扣款 · 接单及时率 低于 98：4% = ¥800.00');
    expect(termText(term({ percent: 5, capped: true, amount: 1000 }))).toBe('扣款 · 接单及时率 低于 98：5% = ¥1000.00（已封顶）');
    expect(termText(term({ kind: 'bonus', measure: 'satisfactionRate', direction: 'above', applies: false, percent: 0, amount: 0 }))).toBe('奖励 · 满意率 达到 98：未触发');
  });

  it('moves between months across a year and takes only a well-formed month from a link', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthParam('2026-11')).toBe('2026-11');
    expect(monthParam('2026-13')).toMatch(/^\d{4}-\d{2}$/);
    expect(monthParam('2026-13')).not.toBe('2026-13');
  });
});
