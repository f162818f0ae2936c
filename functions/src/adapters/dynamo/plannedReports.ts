import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { DeviceOfType, OrdersRead, PlannedReportRepository } from '../../domain/planned/reportPort';
import { WorkOrderRecord } from '../../domain/planned/records';
import { monthsOf } from './aggregateRepository';
import { parseItem } from './items';
import { assetsOfType, plannedMonthPk } from './keys';
import { queryAllItems } from './query';
import { queryPages } from './pagination';

/** A page of a month's orders: a round's order carries its checkpoints' results, so pages stay well under 1 MB. */
const ORDERS_PAGE_ITEMS = 500;

const DeviceOfTypeItem = z.looseObject({ id: z.string(), lifeSupport: z.optional(z.boolean()), retired: z.optional(z.boolean()) });

/**
 * The reads that measure planned work (issue 15, part SEE; GEN's AP-209 and AP-204, read whole up to a cap). Every read is bounded:
 * by the month's (or week's) orders up to a cap, or by one type's devices.
 */
export class DynamoPlannedReports implements PlannedReportRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** AP-209 the orders due in a month: GSI1 `H#<hid>#PLANNED#<yyyy-mm>`, by due day, pages of 500 up to `limit`. */
  listMonthOrders(hospitalId: string, month: string, limit: number): Promise<OrdersRead> {
    return this.ordersDue(hospitalId, month, null, limit);
  }

  /** AP-209 the orders due from..to: per month the range touches, GSI1 `SK BETWEEN <from># AND <to>#~`. */
  async listOrdersDueBetween(hospitalId: string, from: string, to: string, limit: number): Promise<OrdersRead> {
    const orders: WorkOrderRecord[] = [];
    for (const month of monthsOf(from, to)) {
      const read = await this.ordersDue(hospitalId, month, { from, to }, limit - orders.length);
      orders.push(...read.orders);
      if (read.truncated) return { orders, truncated: true };
    }
    return { orders, truncated: false };
  }

  /** AP-204 the devices of one type: GSI1 `H#<hid>#ASSETTYPE#<type>`, only the fields a suggestion needs. */
  async devicesOfType(hospitalId: string, assetType: string): Promise<DeviceOfType[]> {
    const items = await queryAllItems(this.doc, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': assetsOfType(hospitalId, assetType) },
      ProjectionExpression: 'PK, SK, id, lifeSupport, retired',
    });
    return items.map((i) => {
      const d = parseItem(DeviceOfTypeItem, i);
      return { id: d.id, lifeSupport: d.lifeSupport === true, retired: d.retired === true };
    });
  }

  private async ordersDue(hospitalId: string, month: string, days: { from: string; to: string } | null, limit: number): Promise<OrdersRead> {
    const orders: WorkOrderRecord[] = [];
    const range = days ? { condition: ' AND GSI1SK BETWEEN :from AND :to', values: { ':from': `${days.from}#`, ':to': `${days.to}#~` } } : { condition: '', values: {} };
    for await (const out of queryPages(this.doc, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: `GSI1PK = :pk${range.condition}`,
      ExpressionAttributeValues: { ':pk': plannedMonthPk(hospitalId, month), ...range.values },
      Limit: ORDERS_PAGE_ITEMS,
    })) {
      orders.push(...(out.Items ?? []).map((i) => parseItem(WorkOrderRecord, i)));
      if (orders.length > limit) return { orders: orders.slice(0, limit), truncated: true };
    }
    return { orders, truncated: false };
  }
}
