import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { t } from '../../../i18n';
import { shiftMonth, thisMonth } from '../../../components/vendor/month';

/** Previous / next month around the one shown; never past this month (a month not begun has no jobs). */
export function MonthNav({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const latest = month >= thisMonth();
  return (
    <View className="card vscore-nav">
      <Button size="small" fill="outline" data-testid="vscore-prev" onClick={() => onChange(shiftMonth(month, -1))}>
        {t('vscore.prevMonth')}
      </Button>
      <Text className="vscore-nav__label" data-testid="vscore-month">
        {t('vscore.month', { month })}
      </Text>
      <Button size="small" fill="outline" disabled={latest} data-testid="vscore-next" onClick={() => onChange(shiftMonth(month, 1))}>
        {t('vscore.nextMonth')}
      </Button>
    </View>
  );
}
