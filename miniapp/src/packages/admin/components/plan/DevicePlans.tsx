import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { Plan, WorkOrderSummary } from '@contract/planned';
import { t } from '../../../../i18n';
import { ApiError, errorMessage } from '../../../../services/api';
import { plannedApi } from '../../../../services/planned';
import { hospitalDate } from '../../../../components/manager/format';
import { WorkOrderItem } from '../../../../components/planned/WorkOrderItem';
import { ADMIN_SCREENS } from '../adminLinks';
import { deviceWeeks, ordersOfPlans } from './devicePlanWork';
import { frequencyText, nextDueText, planName } from './planText';
import './plan.scss';

/** The device page's planned maintenance: its plans (next due) and their recent and upcoming work orders. */
export function DevicePlans({ assetId, retired }: { assetId: string; retired: boolean }) {
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [orders, setOrders] = useState<WorkOrderSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    plannedApi.listPlans({ assetId, limit: 50 }).then(
      async (page) => {
        if (!live) return;
        setPlans(page.items);
        if (!page.items.length) return;
        const weeks = await Promise.all(deviceWeeks(hospitalDate()).map((w) => plannedApi.calendar(w).catch(() => null)));
        if (live) setOrders(ordersOfPlans(weeks.filter((w) => w !== null), page.items.map((p) => p.id), assetId));
      },
      // Plans are the admin's and the managers' (the desk opens devices too, and sees its repairs).
      (err: unknown) => live && (err instanceof ApiError && err.status === 403 ? setPlans([]) : setError(errorMessage(err))),
    );
    return () => {
      live = false;
    };
  }, [assetId]);

  return (
    <View className="device-section" data-testid="device-maintenance">
      <Text className="form-label">{t('device.maintenance')}</Text>
      {error ? <View className="field-error">{error}</View> : null}
      {plans === null && !error ? <View className="muted">{t('common.loading')}</View> : null}
      {plans?.length === 0 ? <View className="muted">{t('device.maintenanceNone')}</View> : null}
      {plans?.map((p) => (
        <View key={p.id} className="plan-row" data-testid={`device-plan-${p.id}`} onClick={() => void Taro.navigateTo({ url: ADMIN_SCREENS.plan({ id: p.id }) })}>
          <Text className="plan-row__main link">{planName(p)}</Text>
          <Text className="muted">
            {frequencyText(p.schedule)} · {t('plans.nextDue', { day: nextDueText(p) })}
          </Text>
        </View>
      ))}
      {orders.length ? <View className="category-form__label">{t('devicePlans.orders')}</View> : null}
      {orders.map((o) => (
        <WorkOrderItem key={o.id} order={o} />
      ))}
      {retired ? null : (
        <Button size="small" fill="outline" data-testid="device-plan-create" onClick={() => void Taro.navigateTo({ url: ADMIN_SCREENS.plan({ asset: assetId }) })}>
          {t('devicePlans.create')}
        </Button>
      )}
    </View>
  );
}
