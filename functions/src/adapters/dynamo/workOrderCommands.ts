import { QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkOrderCommandStore } from '../../domain/planned/commandPorts';
import { WorkOrderRecord } from '../../domain/planned/records';
import type { WorkOrderChange, WorkOrderEventRecord } from '../../domain/planned/workOrders';
import type { NotificationIntent } from '../../domain/notifications';
import type { WorkOrderFacts } from '../../domain/ports';
import type { IdempotencyRecord } from '../../domain/records';
import { ConflictError } from '../../domain/errors';
import { idempotencyKey, isWorkOrderPk, parseWorkOrderPk, planDueShardOf, plannedMonthPk, SLA_SHARDS, slaShard, workOrderEventKey, workOrderOutboxKey } from './keys';
import { queryAll } from './query';
import { cancellationReasons } from './transactions';
import { workOrderItem } from './workOrderRepository';

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

/** The order's item with its overdue watch (GSI4 SLA#) where the escalation looks next, or none. */
function itemWithWatch(order: WorkOrderRecord, watchAt: string | null): Record<string, unknown> {
  const { GSI4PK: _pk, GSI4SK: _sk, ...item } = workOrderItem(order);
  return watchAt ? { ...item, GSI4PK: slaShard(planDueShardOf(order.id) % SLA_SHARDS), GSI4SK: `${watchAt}#${order.id}` } : item;
}

export class DynamoWorkOrderCommands implements WorkOrderCommandStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async apply(change: WorkOrderChange, idem?: IdempotencyRecord): Promise<void> {
    const { before, after, event, notifications, overdueWatchAt } = change;
    const keyPut = idem
      ? [{ Put: { TableName: this.tableName, Item: { ...idempotencyKey(idem.hospitalId, idem.userId, idem.key), entity: 'idempotency', ...idem, ttl: idem.expiresAtEpoch }, ConditionExpression: 'attribute_not_exists(PK)' } }]
      : [];
    const items = [
      ...keyPut,
      {
        Put: {
          TableName: this.tableName,
          Item: itemWithWatch(after, overdueWatchAt),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': before.version },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...workOrderEventKey(after.hospitalId, after.id, event.seq), entity: 'workOrderEvent', ...event },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...workOrderOutboxPuts(this.tableName, after, event, notifications),
    ];
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (cancellationReasons(error)?.anyConditionFailed) {
        throw new ConflictError('Someone else changed this work order a moment ago; reload it and try again', '该计划工单刚被他人更新，请刷新后重试', { cause: error });
      }
      throw error;
    }
  }

  async listOverdueWatches(now: Date, limitPerShard: number): Promise<{ hospitalId: string; workOrderId: string }[]> {
    const shards = await Promise.all(
      Array.from({ length: SLA_SHARDS }, (_, shard) =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'GSI4',
            KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK <= :now',
            ExpressionAttributeValues: { ':pk': slaShard(shard), ':now': `${now.toISOString()}#~` },
            Limit: limitPerShard,
          }),
        ),
      ),
    );
    return shards.flatMap((out) => (out.Items ?? []).filter((i) => isWorkOrderPk(String(i.PK))).map((i) => parseWorkOrderPk(String(i.PK))));
  }

  async listOpenOfMonths(hospitalId: string, months: readonly string[]): Promise<WorkOrderRecord[]> {
    const perMonth = await Promise.all(
      months.map((month) =>
        queryAll(this.doc, WorkOrderRecord, {
          TableName: this.tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk',
          FilterExpression: '#status <> :done',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pk': plannedMonthPk(hospitalId, month), ':done': 'done' },
        }),
      ),
    );
    return perMonth.flat();
  }
}
