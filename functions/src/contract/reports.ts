import * as z from 'zod/mini';
import { YearMonth } from './common';
import { Day } from './dashboard';

/** A report's period: from/to days in the hospital's zone (default this month so far), at most 92 days. */
export const ReportQuery = z.object({
  from: z.optional(Day),
  to: z.optional(Day),
  category: z.optional(z.string().check(z.maxLength(40))),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const Period = z.object({ from: Day, to: Day, days: z.int() });
const Rate = z.nullable(z.number());

/** Per device: the league table (e.g. the elevators). Definitions of each number: README, "KPI definitions". */
export const AssetReport = z
  .object({
    period: Period,
    items: z.array(
      z.object({
        assetId: z.string(),
        name: z.string(),
        categoryCode: z.string(),
        failures: z.int(),
        downtimeMinutes: z.number(),
        /** 开机率 = 1 − downtime / period; downtime counts open faults up to now. */
        availability: z.number(),
        /** Mean time between failures: (period − downtime) / failures, hours; null without failures. */
        mtbfHours: Rate,
        /** Mean time to repair (report → completion), minutes. */
        mttrMinutes: Rate,
        partsCost: z.number(),
        /** A fault of the device is open now (reported, not yet confirmed working): its downtime counts up to now. */
        downNow: z.boolean(),
        /** When the earliest of its open faults was reported; null when none is open. */
        downSince: z.nullable(z.string()),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'AssetReport' });
export type AssetReport = z.infer<typeof AssetReport>;

const Performance = {
  jobs: z.int(),
  completed: z.int(),
  acceptSla: Rate,
  arriveSla: Rate,
  averageRating: Rate,
  satisfaction: Rate,
  reopenRate: Rate,
  firstTimeFix: Rate,
  mttrMinutes: Rate,
};

export const TechnicianReport = z
  .object({ period: Period, items: z.array(z.object({ userId: z.string(), name: z.string(), ...Performance })) })
  .register(z.globalRegistry, { id: 'TechnicianReport' });
export type TechnicianReport = z.infer<typeof TechnicianReport>;

/** Per responsible team or vendor (the categories' team, as configured now). */
export const VendorReport = z
  .object({ period: Period, items: z.array(z.object({ team: z.string(), categories: z.array(z.string()), ...Performance })) })
  .register(z.globalRegistry, { id: 'VendorReport' });
export type VendorReport = z.infer<typeof VendorReport>;

/** The cost-centre charge list: tickets and consumables (parts) per reporting department. */
export const DepartmentReport = z
  .object({ period: Period, items: z.array(z.object({ department: z.string(), tickets: z.int(), partsCost: z.number() })), totalPartsCost: z.number() })
  .register(z.globalRegistry, { id: 'DepartmentReport' });
export type DepartmentReport = z.infer<typeof DepartmentReport>;

/** Faults by building and floor (cancelled tickets are not faults). */
export const Heatmap = z
  .object({
    period: Period,
    buildings: z.array(
      z.object({
        buildingId: z.string(),
        name: z.string(),
        faults: z.int(),
        floors: z.array(z.object({ floorId: z.string(), name: z.string(), faults: z.int() })),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'Heatmap' });
export type Heatmap = z.infer<typeof Heatmap>;

export const MonthlyQuery = z.object({ month: YearMonth });
export const QuarterlyQuery = z.object({ quarter: z.string().check(z.regex(/^\d{4}-Q[1-4]$/)) });
export const XlsxWorkbook = z.string().register(z.globalRegistry, { id: 'XlsxWorkbook', format: 'binary' });
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
