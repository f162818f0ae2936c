import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import type { PlannedCalendar } from '@contract/planned';
import { t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { plannedApi } from '../../../services/planned';
import { day, hospitalDate } from '../../../components/manager/format';
import { mondayOf, shiftWeek, weekDates } from '../../../components/weekDays';
import { PlannedWeek } from '../components/PlannedWeek';
import { PLANNED_SCREENS } from '../components/plannedScreens';
import '../components/PlannedSection.scss';
import '../dashboard/index.scss';

/** The manager's calendar of planned work by week (Monday to Sunday), previous and next week, in the hospital's calendar. */
export default function PlannedCalendarPage() {
  const today = day(hospitalDate());
  const [monday, setMonday] = useState(() => mondayOf(hospitalDate()));
  const [calendar, setCalendar] = useState<PlannedCalendar | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);

  useDidShow(() => {
    if (ensureSignedIn(PLANNED_SCREENS.calendar)) setSignedIn(true);
  });
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    setCalendar(null);
    setError(null);
    plannedApi.calendar(monday).then(
      (c) => live && setCalendar(c),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [monday, signedIn]);

  const days = weekDates(monday);
  return (
    <View className="page dash-page" data-testid="planned-calendar">
      <View className="dash-head">
        <Text className="dash-head__title">{t('pm.cal.title')}</Text>
      </View>
      <View className="card pm-nav">
        <Button size="small" fill="outline" data-testid="pm-week-prev" onClick={() => setMonday(shiftWeek(monday, -1))}>
          {t('shifts.prevWeek')}
        </Button>
        <Text className="pm-nav__label" data-testid="pm-week-label">
          {t('shifts.weekOf', { from: days[0]!, to: days[6]! })}
        </Text>
        <Button size="small" fill="outline" data-testid="pm-week-next" onClick={() => setMonday(shiftWeek(monday, 1))}>
          {t('shifts.nextWeek')}
        </Button>
        <Button size="small" fill="none" data-testid="pm-week-this" onClick={() => setMonday(mondayOf(hospitalDate()))}>
          {t('shifts.thisWeek')}
        </Button>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {!calendar && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {calendar ? <PlannedWeek monday={monday} calendar={calendar} today={today} /> : null}
    </View>
  );
}
