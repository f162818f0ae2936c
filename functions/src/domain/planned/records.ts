import * as z from 'zod/mini';
import { Checkpoint, ChecklistItem, Plan, PlanCriticality, PlanSchedule, PlanWindow, Postponement, WorkOrderStatus } from '../../contract/planned';

/**
 * What planned work stores (issue 15): a plan and the work orders it generates. The records hold
 * the contract's view fields (so a read is a copy, not a join) plus the hospital, the audit times
 * and what the generator needs. Loose objects: attributes a newer writer added pass through, as
 * with the other records (adapters/dynamo/recordSchemas.ts). Shared by every part of issue 15:
 * add fields only as optional ones.
 */
const text = z.string();
const optionalText = z.nullable(z.string());
const bilingual = z.looseObject({ zh: text, en: text });

/**
 * What a plan covers, with the names shown in its view copied when the plan is written (an
 * asset's name, how many devices the type had, each checkpoint's name), so a listing reads no
 * devices. The generator reads the devices themselves when it makes an order.
 */
export const PlanTargetRecord = Plan.shape.target;
export type PlanTargetRecord = z.infer<typeof PlanTargetRecord>;

/** A meter plan's state: the last reading and how many thresholds already opened an order. */
export const PlanMeterState = z.looseObject({
  lastReading: z.nullable(z.number()),
  lastReadAt: optionalText,
  /** k of the last crossing that opened an order (0: none yet); the next order falls due at startsAt + (k + 1) × every. */
  crossings: z.int(),
});
export type PlanMeterState = z.infer<typeof PlanMeterState>;

export const PlanRecord = z.looseObject({
  hospitalId: text,
  id: text,
  name: bilingual,
  target: PlanTargetRecord,
  schedule: PlanSchedule,
  /** The plan's own window; null: the default of its frequency (domain/planned/window.ts). */
  window: z.nullable(PlanWindow),
  checklist: z.array(ChecklistItem),
  categoryCode: text,
  technicianId: optionalText,
  team: optionalText,
  criticality: PlanCriticality,
  leadDays: z.int(),
  postponeMaxDays: z.int(),
  /** The due day of the next order the generator makes (null: a meter plan, or retired). */
  nextDueOn: optionalText,
  /** That order's period key (20261201, 2026W49, 202612, 2026Q4, 2026H2, 2026; domain/planned/schedule.ts). */
  nextPeriod: optionalText,
  /** Which occurrence of the schedule nextDueOn is (0: startsOn); absent on a meter plan. */
  nextOccurrence: z.optional(z.int()),
  /**
   * When the generator makes that order: its window's first day minus leadDays, 00:00 in the
   * hospital's zone, as an ISO instant. The plan's GSI4 sort key starts with it while active.
   */
  generateAt: optionalText,
  /** With a meter plan only. */
  meter: z.nullable(PlanMeterState),
  version: z.int(),
  retired: z.boolean(),
  createdAt: text,
  updatedAt: text,
  createdById: text,
});
export type PlanRecord = z.infer<typeof PlanRecord>;

/** One checkpoint of an order: the contract's view plus the place a corrective ticket is filed at. */
export const CheckpointRecord = z.looseObject({
  ...Checkpoint.shape,
  /** The room (a location checkpoint: itself; an asset checkpoint: the device's location). */
  locationId: text,
});
export type CheckpointRecord = z.infer<typeof CheckpointRecord>;

/** An overdue step already told (RUN's escalation): 1 the desk, 2 the managers. */
export const WorkOrderEscalation = z.looseObject({ level: z.union([z.literal(1), z.literal(2)]), at: text });

export const WorkOrderRecord = z.looseObject({
  hospitalId: text,
  /** `<planId>-<period>` (an assetType plan: `<planId>-<assetId>-<period>`, hashed when longer than 64). */
  id: text,
  number: text,
  planId: text,
  planName: bilingual,
  kind: z.enum(['maintenance', 'round']),
  /** The plan's period key (20261201, 2026W49, 202612, 2026Q4, 2026H2, 2026, m3). */
  period: text,
  dueOn: text,
  opensOn: text,
  /** The last on-time day (a postponement moves it). */
  closesOn: text,
  /** The instant closesOn ends (00:00 of the next day in the hospital's zone): the overdue index key (GSI4 SLA#). */
  closesAt: z.optional(text),
  /** The closing day before any postponement (postponeMaxDays counts from it). */
  originalClosesOn: text,
  status: WorkOrderStatus,
  onTime: z.nullable(z.boolean()),
  criticality: PlanCriticality,
  categoryCode: text,
  technicianId: optionalText,
  team: optionalText,
  checklist: z.array(ChecklistItem),
  checkpoints: z.array(CheckpointRecord),
  postponements: z.array(Postponement),
  postponeMaxDays: z.int(),
  startedAt: optionalText,
  completedAt: optionalText,
  escalations: z.array(WorkOrderEscalation),
  /** A meter order's reading that opened it (null for calendar orders). */
  meterReading: z.nullable(z.looseObject({ meter: text, value: z.number(), at: text })),
  createdAt: text,
  updatedAt: text,
  version: z.int(),
});
export type WorkOrderRecord = z.infer<typeof WorkOrderRecord>;
