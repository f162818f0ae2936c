import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Check } from '@nutui/icons-react-taro';
import Taro from '@tarojs/taro';
import type { Category } from '@contract/catalog';
import type { Ticket } from '@contract/tickets';
import { formatTime, t } from '../../i18n';
import { HOME_URL } from '../../services/auth';
import './SubmittedCard.scss';

/** The answer to "did it work, and when will someone come": the number and the promised times. */
export function SubmittedCard({ ticket, category, onView }: { ticket: Ticket; category: Category; onView: () => void }) {
  const minutes = category.sla.acceptWithinMinutes[ticket.urgency];
  return (
    <View className="submitted" data-testid="submitted">
      <View className="submitted__icon">
        <Check size={36} color="#fff" />
      </View>
      <View className="submitted__title">{t('done.title')}</View>
      <View className="submitted__number-label">{t('done.number')}</View>
      <View className="submitted__number" data-testid="ticket-number">
        {ticket.number}
      </View>
      <View className="submitted__promise" data-testid="promise">
        {t('done.promise', { team: category.team, minutes: minutes ?? '—' })}
      </View>
      {ticket.deadlines.acceptBy ? <View className="muted">{t('done.promiseBy', { time: formatTime(ticket.deadlines.acceptBy) })}</View> : null}
      {ticket.deadlines.arriveBy ? <View className="muted">{t('done.arrive', { time: formatTime(ticket.deadlines.arriveBy) })}</View> : null}
      <View className="submitted__actions">
        <Button type="primary" block size="large" onClick={onView}>
          {t('done.view')}
        </Button>
        <Button block size="large" onClick={() => void Taro.reLaunch({ url: HOME_URL })}>
          {t('done.home')}
        </Button>
      </View>
    </View>
  );
}
