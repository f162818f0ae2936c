import { View, Text } from '@tarojs/components';
import type { WorkOrderSummary } from '@contract/planned';
import { pick, t } from '../../i18n';
import './WorkOrderItem.scss';

/** A planned work order in a list or a calendar day: number, plan, where, window and its status in colour. */
export function WorkOrderItem({ order, compact = false }: { order: WorkOrderSummary; compact?: boolean }) {
  return (
    <View className={`wo-item wo-item--${order.status}`} data-testid={`wo-${order.id}`} data-status={order.status}>
      <View className="wo-item__head">
        <Text className="wo-item__name">{pick(order.planName.zh, order.planName.en)}</Text>
        <Text className={`wo-status wo-status--${order.status}`}>{t(`wo.status.${order.status}`)}</Text>
      </View>
      <Text className="wo-item__where">{order.where}</Text>
      {compact ? null : (
        <Text className="wo-item__meta">
          {order.number} · {t('wo.window', { from: order.opensOn, to: order.closesOn })} · {t('wo.progress', { done: order.progress.finished, total: order.progress.total })}
        </Text>
      )}
    </View>
  );
}
