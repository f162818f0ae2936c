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
  })
  .register(z.globalRegistry, { id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;
