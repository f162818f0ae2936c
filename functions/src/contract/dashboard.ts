import * as z from 'zod/mini';
import { Id } from './common';
import { TicketChannel, TicketStatus } from './enums';

/** A calendar day in the hospital's zone, e.g. 2026-11-23. */
export const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const DashboardQuery = z.object({
  from: z.optional(Day),
  to: z.optional(Day),
  building: z.optional(Id),
  category: z.optional(z.string().check(z.maxLength(40))),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** What the latest reconcile run found: when it ran, the days it covered, what it put right. */
export const ReconcileRunView = z
  .object({
    ranAt: z.string(),
    from: Day,
    to: Day,
    tickets: z.int(),
    corrected: z.int(),
    conflicts: z.int(),
    lostVersions: z.int(),
    unsettledDays: z.array(Day),
  })
  .register(z.globalRegistry, { id: 'ReconcileRun' });
export type ReconcileRunView = z.infer<typeof ReconcileRunView>;

/** A reconcile asked for by hand covers at most a month of days (a request stays inside API Gateway's 29 s). */
export const MAX_RECONCILE_DAYS = 31;

/** Recompute the aggregates of these days (at most 31) from the tickets and repair what drifted. */
export const ReconcileBody = z.object({ from: Day, to: Day });

const Rate = z.object({ met: z.int(), total: z.int(), rate: z.nullable(z.number()) });
const Duration = z.object({ count: z.int(), meanMinutes: z.nullable(z.number()), p90Minutes: z.nullable(z.number()) });
const Count = z.object({ key: z.string(), label: z.string(), count: z.int() });

/**
 * The numbers the domain brief asks for, for a period (default: this month so far) in the
 * hospital's zone. Rates are 0..1 (null when nothing was measured). Definitions: README.
 */
export const Dashboard = z
  .object({
    period: z.object({ from: Day, to: Day }),
    tickets: z.object({
      reported: z.int(),
      byStatus: z.record(TicketStatus, z.int()),
      byCategory: z.array(Count),
      byBuilding: z.array(Count),
      byDepartment: z.array(Count),
      /** Reports by how they came in: the reporter's app, or the desk's phone, walk-in and WeChat entries. */
      byChannel: z.record(TicketChannel, z.int()),
    }),
    sla: z.object({ accept: Rate, arrive: Rate }),
    times: z.object({ toAccept: Duration, toArrive: Duration, toComplete: Duration }),
    firstTimeFix: Rate,
    reopened: z.int(),
    satisfaction: z.object({ rated: z.int(), satisfied: z.int(), rate: z.nullable(z.number()), averageScore: z.nullable(z.number()) }),
    callbacksDone: z.int(),
    /** Completed in the period and never called back within 14 days (aged out of the desk's callbacks list). */
    callbacksNotMade: z.int(),
    complaints: z.int(),
    /** The latest reconcile run of the hospital's numbers (null before the first). */
    reconciled: z.nullable(ReconcileRunView),
  })
  .register(z.globalRegistry, { id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;
