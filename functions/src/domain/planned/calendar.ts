import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import type { PlannedCalendar, WorkOrderSummary } from '../../contract/planned';
import type { WorkOrderRecord } from './records';

/** The Monday of the week a day falls in (weeks run Monday to Sunday, as in China). */
export const mondayOf = (day: string) => format(startOfISOWeek(parseISO(day)), 'yyyy-MM-dd');

/** The seven days of the week starting on `monday`. */
export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, i) => format(addDays(parseISO(monday), i), 'yyyy-MM-dd'));

/** An order as a line of a list or the calendar: where, when, how far along. */
export function workOrderSummary(o: WorkOrderRecord): WorkOrderSummary {
  return {
    id: o.id,
    number: o.number,
    planName: { zh: o.planName.zh, en: o.planName.en },
    kind: o.kind,
    dueOn: o.dueOn,
    opensOn: o.opensOn,
    closesOn: o.closesOn,
    status: o.status,
    criticality: o.criticality,
    technicianId: o.technicianId ?? null,
    progress: { finished: o.checkpoints.filter((c) => c.status !== 'pending').length, total: o.checkpoints.length },
    where: o.checkpoints[0]?.name ?? '',
  };
}

const CRITICALITY_RANK: Record<WorkOrderRecord['criticality'], number> = { lifeSupport: 0, highRisk: 1, normal: 2 };

/**
 * The planned work of the week starting on `monday`: each order on its due day, life-support and
 * high-risk work first, then by number. `orders` are the orders due that week (others are left out).
 */
export function plannedCalendar(monday: string, orders: readonly WorkOrderRecord[]): PlannedCalendar {
  const days = weekDays(monday);
  return {
    week: monday,
    days: days.map((day) => ({
      day,
      orders: orders
        .filter((o) => o.dueOn === day)
        .sort((a, b) => CRITICALITY_RANK[a.criticality] - CRITICALITY_RANK[b.criticality] || a.number.localeCompare(b.number))
        .map(workOrderSummary),
    })),
  };
}
