import { View, Text } from '@tarojs/components';
import type { PlannedCalendar } from '@contract/planned';
import { t } from '../../../i18n';
import { WorkOrderItem } from '../../../components/planned/WorkOrderItem';
import { weekDates } from '../../../components/weekDays';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The week's planned work, Monday to Sunday: each day's orders with their status colour (a day the API leaves out is empty). */
export function PlannedWeek({ monday, calendar, today }: { monday: string; calendar: PlannedCalendar; today: string }) {
  const byDay = new Map(calendar.days.map((d) => [d.day, d.orders]));
  return (
    <View className="pm-week" data-testid="planned-week">
      {weekDates(monday).map((day, i) => {
        const orders = byDay.get(day) ?? [];
        return (
          <View key={day} className={`pm-week__day${day === today ? ' pm-week__today' : ''}`} data-testid={`pm-day-${day}`} data-count={orders.length}>
            <Text className="pm-week__date">
              {t(`pm.weekday.${WEEKDAYS[i]!}`)} {day.slice(5)}
            </Text>
            {orders.length === 0 ? <Text className="muted">{t('pm.cal.none')}</Text> : null}
            {orders.map((o) => (
              <WorkOrderItem key={o.id} order={o} compact />
            ))}
          </View>
        );
      })}
    </View>
  );
}
