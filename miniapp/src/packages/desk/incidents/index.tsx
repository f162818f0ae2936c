import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { IncidentList, IncidentSummary } from '@contract/incidents';
import { formatTime, t } from '../../../i18n';
import { errorMessage } from '../../../services/api';
import { ensureSignedIn } from '../../../services/auth';
import { incidentApi, INCIDENT_SCREENS } from '../../../services/incidents';
import { EmptyState } from '../../../components/EmptyState';
import { GradeBadge } from '../../../components/incident/GradeBadge';
import { IncidentClocks } from '../../../components/incident/IncidentClocks';

function Item({ incident }: { incident: IncidentSummary }) {
  return (
    <View className="card" data-testid="incident-item" onClick={() => void Taro.navigateTo({ url: INCIDENT_SCREENS.incident(incident.id) })}>
      <View className="card-title">
        <GradeBadge grade={incident.grade} />
        <Text>{incident.title}</Text>
      </View>
      <View className="muted">
        {incident.number} · {incident.places.map((p) => p.name).join('、')} · {formatTime(incident.declaredAt)}
        {incident.closedAt ? ` → ${formatTime(incident.closedAt)}` : ''}
      </View>
      {incident.status === 'open' ? <IncidentClocks clocks={incident.clocks} open /> : null}
    </View>
  );
}

/** 重大事件: the open incidents first, then those closed this month. */
export default function IncidentsPage() {
  const [list, setList] = useState<IncidentList | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    try {
      setList(await incidentApi.list());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  useDidShow(() => {
    if (ensureSignedIn(INCIDENT_SCREENS.list)) void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="page page--wide" data-testid="incidents-page">
      {error ? <View className="field-error">{error}</View> : null}
      {list === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
      {list ? (
        <>
          <View className="card-title">{t('incident.open')}</View>
          {list.open.length === 0 ? <EmptyState small description={t('incident.none')} /> : list.open.map((i) => <Item key={i.id} incident={i} />)}
          <View className="card-title">{t('incident.closedOf', { month: list.month })}</View>
          {list.closed.length === 0 ? <EmptyState small description={t('incident.noneClosed')} /> : list.closed.map((i) => <Item key={i.id} incident={i} />)}
        </>
      ) : null}
    </View>
  );
}
