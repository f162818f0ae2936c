import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Dashboard } from '@contract/dashboard';
import { formatTime, pick, t } from '../../../i18n';
import { api, ApiError, errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { SCREENS } from '../../../services/roles';
import { INCIDENT_SCREENS } from '../../../services/incidents';
import { KeyNumbers } from '../../../components/manager/KeyNumbers';
import { periods } from '../../../components/manager/format';
import { EmptyState } from '../../../components/EmptyState';
import { InboxBell } from '../../../components/inbox/InboxBell';
import { useLiveInbox } from '../../../components/inbox/useLiveInbox';
import { VENDOR_SCREENS } from '../../../components/vendor/screens';
import './index.scss';

/** The logistics manager's key numbers: today and this month (charts, reports and exports: ../dashboard). */
export default function ManagerPage() {
  const [today, setToday] = useState<Dashboard | null>(null);
  const [month, setMonth] = useState<Dashboard | null>(null);
  const [error, setError] = useState<{ message: string; notYet: boolean } | null>(null);
  const [loadedAt, setLoadedAt] = useState<string | null>(null);

  async function load() {
    const p = periods();
    try {
      const [a, b] = await Promise.all([api.getDashboard(p.today), api.getDashboard(p.month)]);
      setToday(a);
      setMonth(b);
      setLoadedAt(new Date().toISOString());
      setError(null);
    } catch (err) {
      // 404: the API this app talks to does not serve the dashboard yet.
      setError({ message: errorMessage(err), notYet: err instanceof ApiError && err.status === 404 });
    }
  }

  useDidShow(() => {
    if (ensureSignedIn(SCREENS.manager)) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const topCategories = month?.tickets.byCategory.slice(0, 5) ?? [];
  const max = Math.max(1, ...topCategories.map((c) => c.count));

  const { unread } = useLiveInbox();

  return (
    <View className="page manager">
      <View className="manager__head">
        <Text className="manager__title">{t('manager.title')}</Text>
        {loadedAt ? <Text className="muted">{t('manager.updated', { time: formatTime(loadedAt) })}</Text> : null}
        <InboxBell unread={unread} />
      </View>
      <View className="card manager__link" data-testid="open-dashboard" onClick={() => void Taro.navigateTo({ url: SCREENS.managerDashboard })}>
        <View>
          <View className="manager__link-title">{t('manager.openDashboard')}</View>
          <Text className="muted">{t('manager.openDashboardHint')}</Text>
        </View>
        <Text className="manager__link-arrow">›</Text>
      </View>
      <View className="card manager__link" data-testid="open-vendors" onClick={() => void Taro.navigateTo({ url: VENDOR_SCREENS.pick })}>
        <View>
          <View className="manager__link-title">{t('vscore.link')}</View>
          <Text className="muted">{t('vscore.linkHint')}</Text>
        </View>
        <Text className="manager__link-arrow">›</Text>
      </View>
      <View className="card manager__link" data-testid="open-incidents" onClick={() => void Taro.navigateTo({ url: INCIDENT_SCREENS.list })}>
        <View>
          <View className="manager__link-title">{t('incident.list')}</View>
          <Text className="muted">{t('incident.listHint')}</Text>
        </View>
        <Text className="manager__link-arrow">›</Text>
      </View>
      {error ? (
        <View className="card">
          <EmptyState error description={error.notYet ? t('manager.notYet') : error.message} />
          <Button block onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </View>
      ) : null}
      {!error ? <KeyNumbers today={today} month={month} /> : null}
      {topCategories.length ? (
        <View className="card" data-testid="top-categories">
          <View className="card-title">{t('manager.byCategory')}</View>
          {topCategories.map((c) => (
            <View key={c.key} className="bar-row">
              <Text className="bar-row__label">{pick(c.label, c.key)}</Text>
              <View className="bar-row__track">
                <View className="bar-row__bar" style={{ width: `${Math.round((c.count / max) * 100)}%` }} />
              </View>
              <Text className="bar-row__count">{c.count}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
