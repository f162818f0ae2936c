import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkOrderCommandStore } from '../../domain/planned/commandPorts';
import { WorkOrderRecord } from '../../domain/planned/records';
import type { WorkOrderChange } from '../../domain/planned/workOrders';
import type { IdempotencyRecord } from '../../domain/records';
import { ConflictError } from '../../domain/errors';
import { idempotencyKey, isWorkOrderPk, parseWorkOrderPk, planDueShardOf, plannedMonthPk, SLA_SHARDS, slaShard, workOrderEventKey } from './keys';
import { queryAll } from './query';
import { cancellationReasons } from './transactions';
import { dueDeadlineKeys } from './deadlineIndex';
import { workOrderItem } from './workOrderRepository';
import { workOrderOutboxPuts } from './workOrderOutbox';

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
    return (await dueDeadlineKeys(this.doc, this.tableName, now, limitPerShard)).filter(isWorkOrderPk).map(parseWorkOrderPk);
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
