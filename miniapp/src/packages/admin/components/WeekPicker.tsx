import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, CalendarCard, Popup } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/calendarcard/style/style.css';
import { NutLocale } from '../../../components/NutLocale';
import { t } from '../../../i18n';
import { mondayOf, shiftWeek, weekDates } from './rotaWeek';

/** The week shown: previous / next, or any week picked on NutUI's calendar (weeks start on Monday). */
export function WeekPicker({ monday, onChange }: { monday: string; onChange: (monday: string) => void }) {
  const [open, setOpen] = useState(false);
  const days = weekDates(monday);
  return (
    <View className="week-picker" data-testid="week-picker">
      <Button size="small" fill="outline" data-testid="week-prev" onClick={() => onChange(shiftWeek(monday, -1))}>
        {t('shifts.prevWeek')}
      </Button>
      <Text className="week-picker__label" data-testid="week-label" onClick={() => setOpen(true)}>
        {t('shifts.weekOf', { from: days[0]!, to: days[6]! })}
      </Text>
      <Button size="small" fill="outline" data-testid="week-next" onClick={() => onChange(shiftWeek(monday, 1))}>
        {t('shifts.nextWeek')}
      </Button>
      <Button size="small" fill="none" data-testid="week-this" onClick={() => onChange(mondayOf(new Date()))}>
        {t('shifts.thisWeek')}
      </Button>
      <Popup visible={open} position="bottom" round closeable title={t('shifts.pickWeek')} onClose={() => setOpen(false)}>
        <View className="week-picker__calendar" data-testid="week-calendar">
          <NutLocale>
            <CalendarCard
              type="week"
              firstDayOfWeek={1}
              defaultValue={new Date(`${monday}T12:00:00`)}
              onChange={(value) => {
                const picked = Array.isArray(value) ? value[0] : value;
                if (picked) onChange(mondayOf(picked));
                setOpen(false);
              }}
            />
          </NutLocale>
        </View>
      </Popup>
    </View>
  );
}
