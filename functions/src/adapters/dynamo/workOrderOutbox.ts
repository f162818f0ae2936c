import type { WorkOrderRecord } from '../../domain/planned/records';
import type { WorkOrderEventRecord } from '../../domain/planned/workOrders';
import type { NotificationIntent } from '../../domain/notifications';
import type { WorkOrderFacts } from '../../domain/ports';
import { workOrderOutboxKey } from './keys';

/** What a work order's notification shows (its messages have no ticket to read words from). */
export function workOrderFacts(order: WorkOrderRecord): WorkOrderFacts {
  return { number: order.number, planName: order.planName.zh, where: order.checkpoints[0]?.name ?? '', closesOn: order.closesOn };
}

/**
 * A work order's outbox items beside the event that caused them. `ticketId` holds the order's id:
 * the notifier names deliveries and in-app notifications by it, and the page a notification opens
 * takes it (contract/notificationTargets.ts).
 */
export function workOrderOutboxPuts(tableName: string, order: WorkOrderRecord, event: Pick<WorkOrderEventRecord, 'seq' | 'type' | 'at'>, notifications: readonly NotificationIntent[]) {
  return notifications.map((n, i) => ({
    Put: {
      TableName: tableName,
      Item: {
        ...workOrderOutboxKey(order.hospitalId, order.id, event.seq, i),
        entity: 'outbox',
        hospitalId: order.hospitalId,
        ticketId: order.id,
        workOrderId: order.id,
        workOrder: workOrderFacts(order),
        eventSeq: event.seq,
        eventType: event.type,
        createdAt: event.at,
        ...n,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }));
}

