import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { WorkOrderNotice, WorkOrderRepository } from '../../domain/planned/ports';
import { WorkOrderRecord } from '../../domain/planned/records';
import type { Page, PageRequest } from '../../domain/records';
import { parseItem } from './items';
import {
  byAssignee,
  doneWorkOrderSortKey,
  OPEN_WORK_ORDER_PREFIX,
  openWorkOrderSortKey,
  plannedMonthPk,
  plannedMonthSortKey,
  SLA_SHARDS,
  slaShard,
  workOrderCounterKey,
  workOrderEventKey,
  workOrderKey,
  planDueShardOf,
} from './keys';
import type { PageCursors } from './pageCursor';
import { queryPage } from './pagination';
import { cancellationReasons } from './transactions';
import { nextOfDailyCounter } from './dailyCounter';
import { workOrderOutboxPuts } from './workOrderOutbox';

/** Day counters outlive their day by a week (the number is only ever asked for on its day). */
const COUNTER_KEEP_SECONDS = 8 * 24 * 3600;

const isOpen = (o: WorkOrderRecord) => o.status !== 'done';

/**
 * A work order's item: the record with its index keys. GSI2: the technician's planned work beside
 * their tickets (W#O# open by closing day, W#C# done by completion); GSI1: the month of its due
 * day; GSI4: while open, its window's end in the SLA deadline index (the overdue escalation).
 * RUN's commands write the order back through this same function, so the keys move with it.
 */
export function workOrderItem(order: WorkOrderRecord): Record<string, unknown> {
  const assignee = order.technicianId
    ? {
        GSI2PK: byAssignee(order.hospitalId, order.technicianId),
        GSI2SK: isOpen(order) ? openWorkOrderSortKey(order.closesOn, order.id) : doneWorkOrderSortKey(order.completedAt ?? order.updatedAt, order.id),
      }
    : {};
  const overdue = isOpen(order) && order.closesAt ? { GSI4PK: slaShard(planDueShardOf(order.id) % SLA_SHARDS), GSI4SK: `${order.closesAt}#${order.id}` } : {};
  return {
    ...workOrderKey(order.hospitalId, order.id),
    ...assignee,
    GSI1PK: plannedMonthPk(order.hospitalId, order.dueOn.slice(0, 7)),
    GSI1SK: plannedMonthSortKey(order.dueOn, order.id),
    ...overdue,
    entity: 'workOrder',
    ...order,
  };
}

export class DynamoWorkOrderRepository implements WorkOrderRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: PageCursors,
  ) {}

  async get(hospitalId: string, workOrderId: string): Promise<WorkOrderRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: workOrderKey(hospitalId, workOrderId) }));
    return out.Item ? parseItem(WorkOrderRecord, out.Item) : null;
  }

  async nextNumber(hospitalId: string, day: string): Promise<number> {
    return nextOfDailyCounter(this.doc, this.tableName, workOrderCounterKey(hospitalId, day), COUNTER_KEEP_SECONDS);
  }

  async create(order: WorkOrderRecord, notice: WorkOrderNotice | null): Promise<boolean> {
    const created = { ...workOrderEventKey(order.hospitalId, order.id, 1), entity: 'workOrderEvent', hospitalId: order.hospitalId, workOrderId: order.id, seq: 1, type: 'created', at: order.createdAt, actorId: 'system' };
    // The notice carries the order's facts (its number, plan, place, closing day) like every work order notification.
    const outbox = notice ? workOrderOutboxPuts(this.tableName, order, { seq: 1, type: 'created', at: order.createdAt }, [{ kind: notice.kind, userIds: notice.userIds, roles: [], onShiftOnly: false }]) : [];
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: workOrderItem(order), ConditionExpression: 'attribute_not_exists(PK)' } },
            { Put: { TableName: this.tableName, Item: created, ConditionExpression: 'attribute_not_exists(PK)' } },
            ...outbox,
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationReasons(error)?.conditionFailed(0)) return false;
      throw error;
    }
  }

  async pageOpenOfTechnician(hospitalId: string, technicianId: string, page: PageRequest): Promise<Page<WorkOrderRecord>> {
    return this.page(
      {
        TableName: this.tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :open)',
        ExpressionAttributeValues: { ':pk': byAssignee(hospitalId, technicianId), ':open': OPEN_WORK_ORDER_PREFIX },
      },
      page,
    );
  }

  async pageOfMonth(hospitalId: string, month: string, page: PageRequest, range?: { fromDay: string; toDay: string }): Promise<Page<WorkOrderRecord>> {
    const pk = plannedMonthPk(hospitalId, month);
    const input: Omit<QueryCommandInput, 'TableName'> = range
      ? { KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to', ExpressionAttributeValues: { ':pk': pk, ':from': `${range.fromDay}#`, ':to': `${range.toDay}#~` } }
      : { KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': pk } };
    return this.page({ ...input, TableName: this.tableName, IndexName: 'GSI1' }, page);
  }

  private async page(input: QueryCommandInput, page: PageRequest): Promise<Page<WorkOrderRecord>> {
    const out = await queryPage(this.doc, input, page, this.cursors);
    return { items: out.items.map((i) => parseItem(WorkOrderRecord, i)), nextCursor: out.nextCursor };
  }
}
