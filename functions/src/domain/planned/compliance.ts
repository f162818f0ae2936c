import type { Compliance, PlannedMonth } from '../../contract/planned';
import { dayIn } from '../reports/period';
import type { WorkOrderRecord } from './records';

/**
 * How planned work is measured (the README's KPI definitions say the same in words).
 *
 * An order counts in the month of its due day (`dueOn`), whatever its window: the Joint
 * Commission counts "completed within the window around the due date" per due date, so an order
 * due on 28 November whose ±10-day window closes on 8 December is November's work, done on time
 * if done by 8 December. Of the orders due in a month, as of today (the hospital's calendar day):
 * - onTime: done, and done on or before `closesOn` (its window's last day, after any postponement;
 *   done before the window opened counts too — the order's own `onTime`, set at completion);
 * - late: done after `closesOn`;
 * - open: not done and `closesOn` is today or later (it may still be done on time);
 * - missed: not done and `closesOn` has passed.
 * due = all four; rate = onTime / (due − open), the decided orders (null when none is decided).
 */
export type Outcome = 'onTime' | 'late' | 'open' | 'missed';

/** The numbers an order's outcome needs. */
export type MeasuredOrder = Pick<WorkOrderRecord, 'status' | 'onTime' | 'closesOn' | 'completedAt'>;

/** The target of life-support and high-risk planned maintenance: all of it, within its window. */
export const CRITICAL_TARGET = 1;

const CRITICAL = new Set<WorkOrderRecord['criticality']>(['lifeSupport', 'highRisk']);

export function outcomeOf(order: MeasuredOrder, today: string, timezone: string): Outcome {
  if (order.status === 'done') {
    // Recorded at completion; an order completed before that field existed is read from its day.
    const onTime = order.onTime ?? (order.completedAt !== null && order.completedAt !== undefined && dayIn(new Date(order.completedAt), timezone) <= order.closesOn);
    return onTime ? 'onTime' : 'late';
  }
  return order.closesOn < today ? 'missed' : 'open';
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function complianceOf(outcomes: readonly Outcome[]): Compliance {
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const [onTime, late, open, missed] = [count('onTime'), count('late'), count('open'), count('missed')];
  const decided = outcomes.length - open;
  return { due: outcomes.length, onTime, late, open, missed, rate: decided > 0 ? round4(onTime / decided) : null };
}

/** One failed checklist item of an order, with the corrective ticket it opened (null until it has). */
export interface FailedItem {
  workOrderId: string;
  workOrderNumber: string;
  planName: string;
  checkpointIndex: number;
  checkpoint: string;
  itemId: string;
  /** The item's label (Chinese, as the record sheet shows it). */
  item: string;
  value: number | null;
  unit: string | null;
  text: string | null;
  at: string | null;
  ticketId: string | null;
  ticketNumber: string | null;
}

/** Every failed item of these orders, order by order, checkpoint by checkpoint. */
export function failedItemsOf(orders: readonly WorkOrderRecord[]): FailedItem[] {
  return orders.flatMap((order) => {
    const items = new Map(order.checklist.map((i) => [i.id, i]));
    return order.checkpoints.flatMap((cp) =>
      cp.results
        .filter((r) => r.failed)
        .map((r) => ({
          workOrderId: order.id,
          workOrderNumber: order.number,
          planName: order.planName.zh,
          checkpointIndex: cp.index,
          checkpoint: cp.name,
          itemId: r.itemId,
          item: items.get(r.itemId)?.label.zh ?? r.itemId,
          value: r.value,
          unit: items.get(r.itemId)?.unit ?? null,
          text: r.text,
          at: cp.at,
          ticketId: r.ticketId,
          ticketNumber: r.ticketNumber,
        })),
    );
  });
}

/** The orders of the month still not done whose window has closed: the ones to chase now. */
export function overdueOrders(orders: readonly WorkOrderRecord[], today: string, timezone: string): WorkOrderRecord[] {
  return orders.filter((o) => outcomeOf(o, today, timezone) === 'missed').sort((a, b) => a.closesOn.localeCompare(b.closesOn) || a.number.localeCompare(b.number));
}

/**
 * A month's planned work measured as of `now`. `orders` are the orders due in the month (read
 * by the month of their due day); any other is left out. Maintenance = device plans' orders,
 * critical = those of life-support and high-risk plans, rounds = inspection rounds.
 */
export function plannedMonth(month: string, orders: readonly WorkOrderRecord[], now: Date, timezone: string): PlannedMonth {
  const today = dayIn(now, timezone);
  const ofMonth = orders.filter((o) => o.dueOn.startsWith(`${month}-`));
  const measure = (subset: readonly WorkOrderRecord[]) => complianceOf(subset.map((o) => outcomeOf(o, today, timezone)));
  const maintenance = ofMonth.filter((o) => o.kind === 'maintenance');
  const failed = failedItemsOf(ofMonth);
  return {
    month,
    maintenance: measure(maintenance),
    critical: measure(maintenance.filter((o) => CRITICAL.has(o.criticality))),
    criticalTarget: CRITICAL_TARGET,
    rounds: measure(ofMonth.filter((o) => o.kind === 'round')),
    overdueNow: overdueOrders(ofMonth, today, timezone).length,
    failedItems: failed.length,
    correctiveTickets: failed.flatMap((f) =>
      f.ticketId ? [{ ticketId: f.ticketId, number: f.ticketNumber ?? '', workOrderNumber: f.workOrderNumber, item: `${f.checkpoint} · ${f.item}` }] : [],
    ),
  };
}
