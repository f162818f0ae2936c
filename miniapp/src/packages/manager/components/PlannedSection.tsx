import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PlannedMonth } from '@contract/planned';
import { t } from '../../../i18n';
import { ApiError, errorMessage } from '../../../services/api';
import { plannedApi } from '../../../services/planned';
import { SCREENS } from '../../../services/roles';
import { plannedCards } from './plannedCards';
import { PLANNED_SCREENS } from './plannedScreens';
import './PlannedSection.scss';

/** 计划维护 · Planned maintenance on the dashboard: the month's compliance, overdue work, failed items and their tickets; the calendar a tap away. */
export function PlannedSection({ month, reloadKey = 0 }: { month: string; reloadKey?: number }) {
  const [data, setData] = useState<PlannedMonth | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    plannedApi.month(month).then(
      (m) => live && setData(m),
      (err: unknown) => live && setError(err instanceof ApiError && err.status === 404 ? t('pm.notYet') : errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [month, reloadKey]);

  const open = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className="card pm-section" data-testid="planned-section">
      <View className="card-title">
        {t('pm.title')}
        <Text className="card-title__extra">{t('pm.month', { month })}</Text>
      </View>
      {error ? <View className="field-error">{error}</View> : null}
      {!data && !error ? <View className="muted">{t('common.loading')}</View> : null}
      {data ? (
        <View>
          <View className="pm-cards">
            {plannedCards(data).map((c) => (
              <View key={c.key} className={`kpi pm-kpi pm-kpi--${c.tone}`} data-testid={`pm-${c.key}`} data-tone={c.tone}>
                <Text className="kpi__label">{c.label}</Text>
                <Text className="kpi__value">{c.value}</Text>
                {c.sub ? <Text className="kpi__sub">{c.sub}</Text> : null}
                {c.target ? <Text className="kpi__target">{c.target}{c.tone === 'red' ? ` · ${t('dash.kpi.below')}` : ''}</Text> : null}
              </View>
            ))}
          </View>
          {data.correctiveTickets.length ? (
            <View className="pm-tickets" data-testid="pm-tickets">
              <View className="category-form__label">{t('pm.tickets')}</View>
              {data.correctiveTickets.map((c) => (
                <View key={c.ticketId} className="pm-ticket link" data-testid={`pm-ticket-${c.ticketId}`} onClick={() => open(SCREENS.ticket(c.ticketId))}>
                  {c.number} · {c.item} · {c.workOrderNumber}
                </View>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
      <View className="pm-links">
        <View className="pm-link" data-testid="open-planned-calendar" onClick={() => open(PLANNED_SCREENS.calendar)}>
          {t('pm.openCalendar')} ›
        </View>
        <View className="pm-link" data-testid="open-plans" onClick={() => open(PLANNED_SCREENS.plans)}>
          {t('pm.openPlans')} ›
        </View>
      </View>
    </View>
  );
}
