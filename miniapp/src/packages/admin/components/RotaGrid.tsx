import { View, Text } from '@tarojs/components';
import type { AdminUser } from '@contract/admin';
import type { ShiftEntry } from '@contract/shifts';
import { t } from '../../../i18n';
import { weekDates } from './rotaWeek';
import { a11y } from '../../../components/a11y';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The week's rota as a table: people down, days across; a tap on a cell edits that person's day. */
export function RotaGrid({ monday, people, entries, onCell }: { monday: string; people: AdminUser[]; entries: ShiftEntry[]; onCell: (user: AdminUser, day: string) => void }) {
  const days = weekDates(monday);
  return (
    <View className="rota" data-testid="rota" {...a11y({ focusable: true })}>
      <View className="rota__row rota__row--head">
        <Text className="rota__who">{t('shifts.person')}</Text>
        {days.map((day, i) => (
          <Text key={day} className="rota__day">
            {t(`shifts.weekday.${WEEKDAYS[i]!}`)} {day.slice(5)}
          </Text>
        ))}
      </View>
      {people.map((u) => (
        <View key={u.id} className="rota__row" data-testid={`rota-${u.id}`}>
          <View className="rota__who">
            {u.name}
            <Text className="muted rota__team">{u.team ?? '—'}</Text>
          </View>
          {days.map((day) => {
            const mine = entries.filter((e) => e.userId === u.id && e.day === day);
            return (
              <View key={day} className={`rota__cell ${mine.length ? 'rota__cell--on' : ''}`} data-testid={`rota-${u.id}-${day}`} onClick={() => onCell(u, day)}>
                {mine.length ? mine.map((e) => <Text key={e.start} className="rota__shift">{`${e.start}–${e.end}`}</Text>) : <Text className="muted">{t('shifts.off')}</Text>}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
