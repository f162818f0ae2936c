import type { ScorecardLine, ScorecardLineKey, ScorecardTermLine } from '@contract/scorecard';
import { t, type MessageKey } from '../../i18n';

export const measureLabel = (key: ScorecardLineKey) => t(`vscore.m.${key}` as MessageKey);

/** A line's value as shown: "88.89%" for a rate, "3" for a count, "—" without a base. */
export function lineValue(line: Pick<ScorecardLine, 'kind' | 'value'>): string {
  if (line.value === null) return '—';
  return line.kind === 'rate' ? `${line.value}%` : String(line.value);
}

const money = (n: number) => n.toFixed(2);

/** "扣款 · 接单及时率 低于 98：4.8% = ¥960.00（已封顶）". */
export function termText(term: ScorecardTermLine): string {
  const params = {
    measure: measureLabel(term.measure),
    direction: t(term.direction === 'below' ? 'vscore.dir.below' : 'vscore.dir.above'),
    threshold: term.threshold,
    percent: term.percent,
    amount: money(term.amount),
  };
  const kind = t(term.kind === 'bonus' ? 'vscore.term.bonus' : 'vscore.term.penalty');
  const body = term.applies && term.percent > 0 ? t('vscore.term.line', params) : t('vscore.term.notApplied', params);
  return `${kind} · ${body}${term.capped ? t('vscore.capped') : ''}`;
}

export { money };
