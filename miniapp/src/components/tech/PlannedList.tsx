import { useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { WorkOrderSummary } from '@contract/planned';
import { pick, t } from '../../i18n';
import { errorMessage } from '../../services/api';
import { workOrderApi } from '../../services/workOrders';
import { EmptyState } from '../EmptyState';
import { CriticalityTag, ProgressBar, WindowText } from './planned/PlannedFacts';
import { byUrgency, countOverdue, hospitalToday, statusLabel } from './planned/plannedText';
import './PlannedList.scss';

/** The technician's open planned work (GET /v1/work-orders?scope=mine), the most pressing first. */
export function usePlannedWork() {
  const [orders, setOrders] = useState<WorkOrderSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);

  async function load() {
    if (loading.current) return;
    loading.current = true;
    try {
      setOrders([...(await workOrderApi.listMine())].sort(byUrgency));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      loading.current = false;
    }
  }
  return { orders, error, load };
}

interface Props {
  orders: WorkOrderSummary[] | null;
  error: string | null;
  onOpen: (id: string) => void;
  /** The hospital's today (yyyy-MM-dd); the list counts days from it. */
  today?: string;
}

/** 计划工作 · Planned: each order with its window, criticality and progress (on the job list, whose alert style it shares). */
export function PlannedList({ orders, error, onOpen, today = hospitalToday() }: Props) {
  const overdue = orders ? countOverdue(orders, today) : 0;
  return (
    <View className="planned-list">
      {overdue > 0 ? <View className="tech-jobs__alert">{t('planned.overdueCount', { n: overdue })}</View> : null}
      <View className="card" data-testid="planned-orders">
        {error ? <View className="field-error">{error}</View> : null}
        {orders === null && !error ? <View className="center-state">{t('common.loading')}</View> : null}
        {orders?.length === 0 ? <EmptyState description={t('planned.empty')} /> : null}
        {orders?.map((o) => (
          <View key={o.id} className={`planned-item planned-item--${o.criticality}`} data-testid="planned-item" onClick={() => onOpen(o.id)}>
            <View className="planned-item__head">
              <Text className="planned-number">{o.number}</Text>
              <View className="planned-item__tags">
                <CriticalityTag criticality={o.criticality} />
                <Text className="planned-item__status">{statusLabel(o.status)}</Text>
              </View>
            </View>
            <View className="planned-item__name">
              <Text className="planned-kind">{t(`planned.kind.${o.kind}`)}</Text>
              {pick(o.planName.zh, o.planName.en)}
            </View>
            <View className="planned-item__where">{o.where}</View>
            <WindowText order={o} today={today} />
            <ProgressBar finished={o.progress.finished} total={o.progress.total} />
          </View>
        ))}
      </View>
    </View>
  );
}
