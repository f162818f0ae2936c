import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { CalendarCard, Popup } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/calendarcard/style/style.css';
import { NutLocale } from '../../../components/NutLocale';
import { dayOf } from './rotaWeek';

/** One calendar day (yyyy-MM-dd), picked on NutUI's calendar card as the shifts screen picks its week. */
export function DayPicker({ day, title, testId, onChange }: { day: string; title: string; testId: string; onChange: (day: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="day-picker">
      <Text className="select day-picker__value" data-testid={testId} data-day={day} onClick={() => setOpen(true)}>
        {day}
      </Text>
      <Popup visible={open} position="bottom" round closeable title={title} onClose={() => setOpen(false)}>
        <View className="week-picker__calendar" data-testid={`${testId}-calendar`}>
          <NutLocale>
            <CalendarCard
              type="single"
              firstDayOfWeek={1}
              defaultValue={new Date(`${day}T12:00:00`)}
              onChange={(value) => {
                const picked = Array.isArray(value) ? value[0] : value;
                if (picked) onChange(dayOf(picked));
                setOpen(false);
              }}
            />
          </NutLocale>
        </View>
      </Popup>
    </View>
  );
}
