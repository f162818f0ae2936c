import { View, Text } from '@tarojs/components';
import type { Scorecard, ScorecardLineKey } from '@contract/scorecard';
import { t } from '../../../i18n';
import { lineValue, measureLabel } from '../../../components/vendor/labels';

/** The contract's thresholds on a measure, e.g. "< 98 扣款 · ≥ 98 奖励". */
function thresholds(card: Scorecard, key: ScorecardLineKey): string {
  const terms = card.terms.filter((term) => term.measure === key);
  if (!terms.length) return '—';
  return terms.map((term) => `${term.direction === 'below' ? '<' : '≥'} ${term.threshold} ${t(term.kind === 'bonus' ? 'vscore.term.bonus' : 'vscore.term.penalty')}`).join(' · ');
}

/** Every measure of the month against the contract; a tap opens the jobs behind it. */
export function MeasureTable({ card, selected, onSelect }: { card: Scorecard; selected: ScorecardLineKey | null; onSelect: (key: ScorecardLineKey) => void }) {
  return (
    <View className="card" data-testid="vscore-measures">
      <View className="card-title">{t('vscore.measures')}</View>
      <View className="vscore-row vscore-row--head">
        <Text className="vscore-row__name">{t('vscore.col.measure')}</Text>
        <Text className="vscore-row__value">{t('vscore.col.value')}</Text>
        <Text className="vscore-row__count">{t('vscore.col.count')}</Text>
        <Text className="vscore-row__threshold">{t('vscore.col.threshold')}</Text>
      </View>
      {card.lines.map((line) => (
        <View
          key={line.key}
          className={`vscore-row ${selected === line.key ? 'vscore-row--selected' : ''}`}
          data-testid={`vscore-line-${line.key}`}
          onClick={() => onSelect(line.key)}
        >
          <Text className="vscore-row__name">{measureLabel(line.key)}</Text>
          <Text className="vscore-row__value" data-testid={`vscore-value-${line.key}`}>
            {lineValue(line)}
          </Text>
          <Text className="vscore-row__count">{line.kind === 'rate' ? `${line.numerator} / ${line.denominator ?? 0}` : line.numerator}</Text>
          <Text className="vscore-row__threshold">{thresholds(card, line.key)}</Text>
        </View>
      ))}
    </View>
  );
}
