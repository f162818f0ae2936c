import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Scorecard, ScorecardLine } from '@contract/scorecard';
import { t } from '../../../i18n';
import { SCREENS } from '../../../services/roles';
import { measureLabel } from '../../../components/vendor/labels';

/** The numbers behind one measure: counted, in the base only, taken out by a dispute; a ticket opens its page. */
export function BehindList({ card, line }: { card: Scorecard; line: ScorecardLine }) {
  const refs = new Map(card.refs.map((r) => [r.number, r]));
  const open = (number: string) => {
    const ref = refs.get(number);
    if (!ref) return;
    void Taro.navigateTo({ url: ref.kind === 'ticket' ? SCREENS.ticket(ref.id) : SCREENS.techWorkOrder(ref.id) });
  };
  const notCounted = line.base.filter((n) => !line.counted.includes(n));
  const group = (title: string, numbers: string[], testId: string) =>
    numbers.length ? (
      <View className="vscore-behind__group" data-testid={testId}>
        <Text className="muted">{title}</Text>
        {numbers.map((n) => (
          <View key={n} className="vscore-behind__item link" data-testid={`vscore-ticket-${n}`} onClick={() => open(n)}>
            {n}
          </View>
        ))}
      </View>
    ) : null;
  return (
    <View className="card vscore-behind" data-testid="vscore-behind">
      <View className="card-title">{t('vscore.behind', { measure: measureLabel(line.key) })}</View>
      {line.base.length === 0 && line.disputed.length === 0 ? <Text className="muted">{t('vscore.behind.none')}</Text> : null}
      {group(t('vscore.behind.counted'), line.counted, 'vscore-behind-counted')}
      {group(t('vscore.behind.notCounted'), notCounted, 'vscore-behind-base')}
      {group(t('vscore.behind.disputed'), line.disputed, 'vscore-behind-disputed')}
    </View>
  );
}
