import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime, PageQuery, YearMonth, page } from './common';
import { Day } from './admin';
import { QrCode } from './catalog';

/*
 * Planned work (issue 15): preventive-maintenance plans and inspection rounds, the work orders
 * they generate, and how that work is measured. The contract every part builds against.
 */

const Version = z.int().check(z.minimum(0));
/** A short id chosen by the client for a checklist item ("temp", "belt-1"). */
export const ItemId = z.string().check(z.minLength(1), z.maxLength(32), z.regex(/^[A-Za-z0-9_-]+$/));
export const BilingualInput = z.object({ zh: FreeText({ max: 100 }), en: FreeText({ max: 160 }) });
export const Bilingual = z.object({ zh: z.string(), en: z.string() }).register(z.globalRegistry, { id: 'Bilingual' });
export type Bilingual = z.infer<typeof Bilingual>;

/* ---- Plans ---- */

/**
 * How often a plan falls due. Calendar frequencies count in the hospital's time zone from
 * `startsOn`; `everyNDays` uses `everyDays`; `meter` falls due each time a reading crosses the
 * next multiple of `every` above `startsAt` (lift running hours, a chiller's pressure).
 */
export const PlanFrequency = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly', 'everyNDays', 'meter']);
export type PlanFrequency = z.infer<typeof PlanFrequency>;

export const MeterName = z.string().check(z.minLength(1), z.maxLength(32), z.regex(/^[a-z][a-z0-9_]*$/));
export const MeterRule = z.object({
  name: MeterName,
  unit: FreeText({ max: 16 }),
  /** An order each time the reading passes startsAt + k × every (k = 1, 2, …). */
  every: z.number().check(z.positive(), z.maximum(1e9)),
  startsAt: z.number().check(z.minimum(0), z.maximum(1e12)),
});
export type MeterRule = z.infer<typeof MeterRule>;

export const PlanSchedule = z.object({
  frequency: PlanFrequency,
  /** With everyNDays only. */
  everyDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
  /** The first due day (hospital calendar). */
  startsOn: Day,
  /** With meter only. */
  meter: z.optional(MeterRule),
});
export type PlanSchedule = z.infer<typeof PlanSchedule>;

/**
 * The days around the due day in which the work counts as on time. Omitted: the surveyors'
 * defaults (domain/planned/window.ts): daily = the day, weekly = the due day to +2, monthly = the
 * calendar month, quarterly ±10, semiannual ±20, yearly ±30, everyNDays ±10 % of N, meter = 7
 * days from the crossing.
 */
export const PlanWindow = z.object({ beforeDays: z.int().check(z.minimum(0), z.maximum(60)), afterDays: z.int().check(z.minimum(0), z.maximum(60)) });
export type PlanWindow = z.infer<typeof PlanWindow>;

export const ChecklistItemKind = z.enum(['passFail', 'number', 'text', 'photo']);
export type ChecklistItemKind = z.infer<typeof ChecklistItemKind>;

/** One item of a plan's checklist. A `number` outside [min, max] fails; a `photo` item needs a photo. */
export const ChecklistItemInput = z.object({
  id: ItemId,
  kind: ChecklistItemKind,
  label: BilingualInput,
  unit: z.optional(FreeText({ max: 16 })),
  min: z.optional(z.number().check(z.minimum(-1e9), z.maximum(1e9))),
  max: z.optional(z.number().check(z.minimum(-1e9), z.maximum(1e9))),
  required: z.boolean(),
});
export type ChecklistItemInput = z.infer<typeof ChecklistItemInput>;
export const ChecklistItem = z
  .object({ id: z.string(), kind: ChecklistItemKind, label: Bilingual, unit: z.optional(z.string()), min: z.optional(z.number()), max: z.optional(z.number()), required: z.boolean() })
  .register(z.globalRegistry, { id: 'ChecklistItem' });
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const CheckpointRef = z.object({ kind: z.enum(['location', 'asset']), id: Id });
export type CheckpointRef = z.infer<typeof CheckpointRef>;

/** What a plan covers: one device, every (not retired) device of a type, or a round of checkpoints in order. */
export const PlanTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('asset'), assetId: Id }),
  z.object({ kind: z.literal('assetType'), assetType: FreeText({ max: 100 }) }),
  z.object({ kind: z.literal('round'), checkpoints: z.array(CheckpointRef).check(z.minLength(1), z.maxLength(100)) }),
]);
export type PlanTarget = z.infer<typeof PlanTarget>;

/** Life-support and high-risk plans have a 100 % completion target (the Joint Commission's count). */
export const PlanCriticality = z.enum(['lifeSupport', 'highRisk', 'normal']);
export type PlanCriticality = z.infer<typeof PlanCriticality>;

export const PlanFields = {
  name: BilingualInput,
  target: PlanTarget,
  schedule: PlanSchedule,
  window: z.optional(PlanWindow),
  checklist: z.array(ChecklistItemInput).check(z.minLength(1), z.maxLength(50)),
  /** The category a failed item's corrective ticket is filed under (and whose technicians may do the work). */
  categoryCode: z.string().check(z.minLength(1), z.maxLength(32)),
  /** Who does it: a technician, or else the team (the desk assigns). */
  technicianId: z.optional(Id),
  team: z.optional(FreeText({ max: 100 })),
  criticality: PlanCriticality,
  /** How many days before the window opens the order is created and pushed (default 7). */
  leadDays: z.optional(z.int().check(z.minimum(0), z.maximum(60))),
  /** How far an order may be postponed (device in use, not found), in days after its window closes (default 5). */
  postponeMaxDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
};
export const CreatePlanBody = z.object(PlanFields);
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;
export const UpdatePlanBody = z.object({ version: Version, ...PlanFields });
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

export const Plan = z
  .object({
    id: z.string(),
    name: Bilingual,
    target: z.union([
      z.object({ kind: z.literal('asset'), assetId: z.string(), assetName: z.string() }),
      z.object({ kind: z.literal('assetType'), assetType: z.string(), assetCount: z.int() }),
      z.object({ kind: z.literal('round'), checkpoints: z.array(z.object({ kind: z.enum(['location', 'asset']), id: z.string(), name: z.string() })) }),
    ]),
    schedule: PlanSchedule,
    window: PlanWindow,
    windowIsDefault: z.boolean(),
    checklist: z.array(ChecklistItem),
    categoryCode: z.string(),
    technicianId: z.nullable(z.string()),
    team: z.nullable(z.string()),
    criticality: PlanCriticality,
    leadDays: z.int(),
    postponeMaxDays: z.int(),
    /** The next due day the generator will create an order for (null for a meter plan). */
    nextDueOn: z.nullable(z.string()),
    /** With a meter plan: the last reading and the value at which the next order falls due. */
    meter: z.nullable(z.object({ lastReading: z.nullable(z.number()), nextAt: z.number(), unit: z.string() })),
    version: z.int(),
    retired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'Plan' });
export type Plan = z.infer<typeof Plan>;
export const PlanPage = page(Plan).register(z.globalRegistry, { id: 'PlanPage' });
export type PlanPage = z.infer<typeof PlanPage>;
export const ListPlansQuery = z.object({ ...PageQuery, criticality: z.optional(PlanCriticality), assetId: z.optional(Id) });

/**
 * A plan proposed from failure data: a device type whose failures in the last 90 days exceed the
 * threshold. A manager accepts it (the admin screen opens a filled-in plan form) or edits it.
 */
export const PlanSuggestion = z
  .object({ assetType: z.string(), categoryCode: z.string(), failures: z.int(), devices: z.int(), since: z.string(), proposed: CreatePlanBody })
  .register(z.globalRegistry, { id: 'PlanSuggestion' });
export type PlanSuggestion = z.infer<typeof PlanSuggestion>;
export const PlanSuggestionList = z.object({ items: z.array(PlanSuggestion), threshold: z.int() }).register(z.globalRegistry, { id: 'PlanSuggestionList' });
export type PlanSuggestionList = z.infer<typeof PlanSuggestionList>;
export const PlanSuggestionQuery = z.object({ threshold: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000))) });

/* ---- Work orders ---- */

/**
 * scheduled: created ahead, not started; in_progress: started; done: completed (on time or
 * late, see `onTime`); missed: the window (and any postponement) closed without completion.
 */
export const WorkOrderStatus = z.enum(['scheduled', 'in_progress', 'done', 'missed']);
export type WorkOrderStatus = z.infer<typeof WorkOrderStatus>;

export const ItemResultInput = z.object({
  itemId: ItemId,
  pass: z.optional(z.boolean()),
  value: z.optional(z.number().check(z.minimum(-1e12), z.maximum(1e12))),
  text: z.optional(FreeText({ max: 500, multiline: true, mayBeEmpty: true })),
  /** A photo uploaded through POST /v1/uploads (its key). */
  photoKey: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
});
export type ItemResultInput = z.infer<typeof ItemResultInput>;

export const ItemResult = z.object({
  itemId: z.string(),
  pass: z.nullable(z.boolean()),
  value: z.nullable(z.number()),
  text: z.nullable(z.string()),
  photoKey: z.nullable(z.string()),
  /** A fail, or a number outside its range. */
  failed: z.boolean(),
  /** The corrective ticket a failed item opened. */
  ticketId: z.nullable(z.string()),
  ticketNumber: z.nullable(z.string()),
});
export type ItemResult = z.infer<typeof ItemResult>;

export const CheckpointStatus = z.enum(['pending', 'done', 'skipped']);
export const Checkpoint = z
  .object({
    index: z.int(),
    kind: z.enum(['location', 'asset']),
    id: z.string(),
    name: z.string(),
    /** The label to scan there (proof of presence). */
    qrCode: z.nullable(z.string()),
    status: CheckpointStatus,
    skipReason: z.nullable(z.string()),
    at: z.nullable(z.string()),
    /** The phone's time when it was recorded offline. */
    deviceAt: z.nullable(z.string()),
    by: z.nullable(z.string()),
    results: z.array(ItemResult),
  })
  .register(z.globalRegistry, { id: 'Checkpoint' });
export type Checkpoint = z.infer<typeof Checkpoint>;

export const Postponement = z.object({ reason: z.enum(['inUse', 'notFound', 'other']), note: z.nullable(z.string()), fromCloses: z.string(), toCloses: z.string(), at: z.string(), by: z.string() });

export const WorkOrder = z
  .object({
    id: z.string(),
    number: z.string(),
    planId: z.string(),
    planName: Bilingual,
    kind: z.enum(['maintenance', 'round']),
    /** The plan's period this order is for (2026-12-01, 2026-W49, 2026-12, meter:3000): one order per plan × period. */
    period: z.string(),
    dueOn: z.string(),
    opensOn: z.string(),
    /** The last day that counts as on time (moved by a postponement). */
    closesOn: z.string(),
    status: WorkOrderStatus,
    onTime: z.nullable(z.boolean()),
    criticality: PlanCriticality,
    categoryCode: z.string(),
    technicianId: z.nullable(z.string()),
    team: z.nullable(z.string()),
    checklist: z.array(ChecklistItem),
    checkpoints: z.array(Checkpoint),
    postponements: z.array(Postponement),
    /** How many days after its original closing day the order may be postponed to (the plan's bound). */
    postponeMaxDays: z.int(),
    startedAt: z.nullable(z.string()),
    completedAt: z.nullable(z.string()),
    createdAt: z.string(),
    version: z.int(),
    /** The server's time when it answered: the phone stamps what it records on this clock, not its own. */
    at: z.string(),
  })
  .register(z.globalRegistry, { id: 'WorkOrder' });
export type WorkOrder = z.infer<typeof WorkOrder>;

export const WorkOrderSummary = z
  .object({
    id: z.string(),
    number: z.string(),
    planName: Bilingual,
    kind: z.enum(['maintenance', 'round']),
    dueOn: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    status: WorkOrderStatus,
    criticality: PlanCriticality,
    technicianId: z.nullable(z.string()),
    /** "3/4": checkpoints done or skipped of all. */
    progress: z.object({ finished: z.int(), total: z.int() }),
    /** The first checkpoint's name (a device plan's device). */
    where: z.string(),
  })
  .register(z.globalRegistry, { id: 'WorkOrderSummary' });
export type WorkOrderSummary = z.infer<typeof WorkOrderSummary>;
export const WorkOrderPage = page(WorkOrderSummary).register(z.globalRegistry, { id: 'WorkOrderPage' });
export type WorkOrderPage = z.infer<typeof WorkOrderPage>;

/** mine: the caller's open orders (a technician); due: every open order of the hospital by window (desk, manager). */
export const ListWorkOrdersQuery = z.object({ ...PageQuery, scope: z.enum(['mine', 'due']) });

export const WorkOrderParams = z.object({ id: Id });
export const CheckpointParams = z.object({ id: Id, index: z.coerce.number().check(z.int(), z.minimum(0), z.maximum(99)) });

/** At a checkpoint: the label scanned there (proof of presence) and the checklist's results. */
export const RecordCheckpointBody = z.object({ qrCode: QrCode, results: z.array(ItemResultInput).check(z.maxLength(50)), version: Version });
export type RecordCheckpointBody = z.infer<typeof RecordCheckpointBody>;
export const SkipCheckpointBody = z.object({ reason: FreeText({ max: 200 }), version: Version });
export const PostponeBody = z.object({ reason: z.enum(['inUse', 'notFound', 'other']), note: z.optional(FreeText({ max: 200, mayBeEmpty: true })), untilDay: Day, version: Version });
export const WorkOrderVersionBody = z.object({ version: Version });

/* ---- Meter readings ---- */

export const AssetParams = z.object({ id: Id });
export const MeterReadingBody = z.object({ meter: MeterName, value: z.number().check(z.minimum(0), z.maximum(1e12)), at: z.optional(IsoDateTime) });
export type MeterReadingBody = z.infer<typeof MeterReadingBody>;
/** What the reading did: the orders it opened (at most one per plan and crossing). */
export const MeterReadingResult = z.object({ meter: z.string(), value: z.number(), openedOrders: z.array(z.object({ id: z.string(), number: z.string(), planId: z.string() })) }).register(z.globalRegistry, { id: 'MeterReadingResult' });

/* ---- Measures ---- */

export const PlannedMonthQuery = z.object({ month: YearMonth });
/** done on time / due; a rate is null when nothing was due. */
export const Compliance = z.object({ due: z.int(), onTime: z.int(), late: z.int(), open: z.int(), missed: z.int(), rate: z.nullable(z.number()) });
export type Compliance = z.infer<typeof Compliance>;
export const PlannedMonth = z
  .object({
    month: z.string(),
    maintenance: Compliance,
    /** Life-support and high-risk plans together, against their 100 % target. */
    critical: Compliance,
    criticalTarget: z.number(),
    rounds: Compliance,
    overdueNow: z.int(),
    failedItems: z.int(),
    correctiveTickets: z.array(z.object({ ticketId: z.string(), number: z.string(), workOrderNumber: z.string(), item: z.string() })),
  })
  .register(z.globalRegistry, { id: 'PlannedMonth' });
export type PlannedMonth = z.infer<typeof PlannedMonth>;

export const CalendarQuery = z.object({ week: Day });
/** The planned work of one week (Monday to Sunday), for the calendar: each order on its due day. */
export const PlannedCalendar = z.object({ week: z.string(), days: z.array(z.object({ day: z.string(), orders: z.array(WorkOrderSummary) })) }).register(z.globalRegistry, { id: 'PlannedCalendar' });
export type PlannedCalendar = z.infer<typeof PlannedCalendar>;


/* ---- Added by part GEN (issue 15) ---- */
export type MeterReadingResult = z.infer<typeof MeterReadingResult>;

/* ---- Part SEE (issue 15): what the measures' routes answer, beyond the schemas above ---- */

/** A month's measures as served: `truncated` says the month had more orders than one request reads (domain/planned/reportPort.ts). */
export const PlannedMonthReport = z.object({ ...PlannedMonth.shape, truncated: z.boolean() }).register(z.globalRegistry, { id: 'PlannedMonthReport' });
export type PlannedMonthReport = z.infer<typeof PlannedMonthReport>;
/** A week's calendar as served (the week is the Monday of the day asked for). */
export const PlannedCalendarReport = z.object({ ...PlannedCalendar.shape, truncated: z.boolean() }).register(z.globalRegistry, { id: 'PlannedCalendarReport' });
export type PlannedCalendarReport = z.infer<typeof PlannedCalendarReport>;
/* ---- Part RUN (work order commands): additions ---- */

/** The desk gives an order to a technician (or to another one). */
export const AssignWorkOrderBody = z.object({ technicianId: Id, version: Version });
export type AssignWorkOrderBody = z.infer<typeof AssignWorkOrderBody>;

