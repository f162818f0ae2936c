import type { WorkOrderRecord } from './records';

/** A month's (or a week's) orders read up to a cap; `truncated` says more exist than were read. */
export interface OrdersRead {
  orders: WorkOrderRecord[];
  truncated: boolean;
}

/** A device of a type, as far as a suggested plan needs it. */
export interface DeviceOfType {
  id: string;
  lifeSupport: boolean;
  retired: boolean;
}

/**
 * How planned work is measured (adapters/dynamo/plannedReports.ts): bounded reads of the work
 * orders by the month of their due day, and of a type's devices.
 */
export interface PlannedReportRepository {
  /** AP-209 the orders due in a month (yyyy-mm), by due day, at most `limit`. */
  listMonthOrders(hospitalId: string, month: string, limit: number): Promise<OrdersRead>;
  /** AP-209 the orders due from..to (days, both included; at most two months), by due day, at most `limit`. */
  listOrdersDueBetween(hospitalId: string, from: string, to: string, limit: number): Promise<OrdersRead>;
  /** AP-204 the devices of one type (their ids, life support, retirement). */
  devicesOfType(hospitalId: string, assetType: string): Promise<DeviceOfType[]>;
}

/** A month's measures and sheets read at most this many orders (2,000 plans due a day for a month is 60,000: the cap keeps a request bounded). */
export const MAX_MONTH_ORDERS = 20_000;
/** A week's calendar shows at most this many orders. */
export const MAX_WEEK_ORDERS = 5_000;
