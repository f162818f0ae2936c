import { View, Text } from '@tarojs/components';
import type { Scorecard } from '@contract/scorecard';
import { t } from '../../../i18n';
import { money, termText } from '../../../components/vendor/labels';

/** The contract's terms on the month, then the totals after the overall caps. */
export function TermLines({ card }: { card: Scorecard }) {
  const capped = card.capsApplied.map((c) => t(c === 'bonus' ? 'vscore.term.bonus' : 'vscore.term.penalty')).join('、');
  return (
    <View className="card" data-testid="vscore-terms">
      <View className="card-title">{t('vscore.terms')}</View>
      {card.terms.map((term) => (
        <View key={term.termId} className="vscore-term" data-testid={`vscore-term-${term.termId}`}>
          {termText(term)}
        </View>
      ))}
      <View className="vscore-total">
        <Text>{t('vscore.total.bonus', { percent: card.bonusPercent, amount: money(card.bonusAmount) })}</Text>
        <Text>{t('vscore.total.penalty', { percent: card.penaltyPercent, amount: money(card.penaltyAmount) })}</Text>
        <Text className="vscore-total__net" data-testid="vscore-net">
          {t('vscore.total.net', { amount: money(card.netAmount) })}
        </Text>
        {capped ? <Text className="muted">{t('vscore.total.capped', { which: capped })}</Text> : null}
      </View>
    </View>
  );
}
