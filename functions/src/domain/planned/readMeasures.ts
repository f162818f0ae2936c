import { addMonths, format, parseISO } from 'date-fns';
import type { PlannedCalendarReport, PlannedMonth, PlannedMonthReport } from '../../contract/planned';
import { NotFoundError } from '../errors';
import type { CatalogRepository, UserRepository } from '../ports';
import type { Hospital } from '../records';
import { dayIn, type Period } from '../reports/period';
import { mondayOf, plannedCalendar, weekDays } from './calendar';
import { failedItemsOf, overdueOrders, plannedMonth, type FailedItem } from './compliance';
import { inspectionRows, type InspectionRow } from './inspectionSheet';
import type { WorkOrderRecord } from './records';
import { MAX_MONTH_ORDERS, MAX_WEEK_ORDERS, type PlannedReportRepository } from './reportPort';

interface MeasureDeps {
  catalog: Pick<CatalogRepository, 'getHospital'>;
  plannedReports: PlannedReportRepository;
}

export async function hospitalOf(deps: { catalog: Pick<CatalogRepository, 'getHospital'> }, hospitalId: string): Promise<Hospital> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return hospital;
}

/** GET /v1/reports/planned: the month's orders (AP-209) measured as of now. */
export async function readPlannedMonth(deps: MeasureDeps, hospitalId: string, month: string, now: Date): Promise<PlannedMonthReport> {
  const [hospital, read] = await Promise.all([hospitalOf(deps, hospitalId), deps.plannedReports.listMonthOrders(hospitalId, month, MAX_MONTH_ORDERS)]);
  return { ...plannedMonth(month, read.orders, now, hospital.timezone), truncated: read.truncated };
}

/** GET /v1/reports/planned-calendar: the week (Monday to Sunday) of the day asked for, its orders by due day (AP-209, a Query per month the week touches). */
export async function readPlannedCalendar(deps: Pick<MeasureDeps, 'plannedReports'>, hospitalId: string, day: string): Promise<PlannedCalendarReport> {
  const monday = mondayOf(day);
  const days = weekDays(monday);
  const read = await deps.plannedReports.listOrdersDueBetween(hospitalId, days[0]!, days[6]!, MAX_WEEK_ORDERS);
  return { ...plannedCalendar(monday, read.orders), truncated: read.truncated };
}

/** The planned work of a workbook's period: each month's measures, what is overdue, the failed items and the rounds' record sheet. */
export interface PlannedSheets {
  months: PlannedMonth[];
  /** The period's orders not done whose window has closed, with their technician's name (or id when unknown). */
  overdue: (WorkOrderRecord & { technicianName: string | null })[];
  failed: FailedItem[];
  inspection: InspectionRow[];
  /** More orders than a workbook reads (MAX_MONTH_ORDERS in all): the sheets stop there and say so. */
  truncated: boolean;
}

/** yyyy-MM of every month from the period's first day to its last. */
function monthsOfPeriod(period: Pick<Period, 'from' | 'to'>): string[] {
  const months: string[] = [];
  for (let m = parseISO(`${period.from.slice(0, 7)}-01`); format(m, 'yyyy-MM') <= period.to.slice(0, 7); m = addMonths(m, 1)) months.push(format(m, 'yyyy-MM'));
  return months;
}

/**
 * The workbook's planned work: every order due in the months of the period, whole months (the
 * same numbers as GET /v1/reports/planned of each month), read one month after another up to the
 * cap; the staff's names (AP-22) for the record sheet's 巡检人.
 */
export async function readPlannedSheets(
  deps: { plannedReports: PlannedReportRepository; users: Pick<UserRepository, 'listUsers'> },
  hospitalId: string,
  period: Period,
  now: Date,
): Promise<PlannedSheets> {
  const byMonth: { month: string; orders: WorkOrderRecord[] }[] = [];
  let left = MAX_MONTH_ORDERS;
  let truncated = false;
  for (const month of monthsOfPeriod(period)) {
    if (left <= 0) break;
    const read = await deps.plannedReports.listMonthOrders(hospitalId, month, left);
    byMonth.push({ month, orders: read.orders });
    left -= read.orders.length;
    truncated ||= read.truncated;
  }
  const all = byMonth.flatMap((m) => m.orders);
  const names = all.length > 0 ? new Map((await deps.users.listUsers(hospitalId)).map((u) => [u.id, u.name])) : new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? id;
  return {
    months: byMonth.map((m) => plannedMonth(m.month, m.orders, now, period.timezone)),
    overdue: overdueOrders(all, dayIn(now, period.timezone), period.timezone).map((o) => ({ ...o, technicianName: o.technicianId ? nameOf(o.technicianId) : null })),
    failed: failedItemsOf(all),
    inspection: inspectionRows(all, nameOf),
    truncated,
  };
}
