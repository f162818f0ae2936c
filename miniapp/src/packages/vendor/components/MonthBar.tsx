import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { t } from '../../../i18n';
import { shiftMonth } from './month';

/** Previous / next month around the month shown. */
export function MonthBar({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  return (
    <View className="card vendor-month">
      <Button size="small" fill="outline" data-testid="month-prev" onClick={() => onChange(shiftMonth(month, -1))}>
        {t('spot.prevMonth')}
      </Button>
      <Text className="vendor-month__label" data-testid="month-label">
        {month}
      </Text>
      <Button size="small" fill="outline" data-testid="month-next" onClick={() => onChange(shiftMonth(month, 1))}>
        {t('spot.nextMonth')}
      </Button>
    </View>
  );
}
