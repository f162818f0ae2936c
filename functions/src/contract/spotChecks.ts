import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime, YearMonth } from './common';
import { ScorecardMeasure } from './vendors';
import { PhotoKey } from './tickets';

/**
 * Spot checks (质检抽查) and disputes of issue 16 (part VSPOT): the supervisor draws a sample of a
 * vendor's completed jobs of a month, inspects them on site and records pass or fail with photos;
 * a vendor manager disputes a ticket's count on a scorecard measure and the hospital decides.
 */

/** A scorecard month, yyyy-mm, in the hospital's zone. */
export const Month = YearMonth;
/** The measure a dispute is about: the scorecard's own (contract/vendors.ts). */
export const ScorecardMeasureName = ScorecardMeasure;
export type ScorecardMeasureName = z.infer<typeof ScorecardMeasureName>;
/** A reason, a note or a decision: at most 500 characters. */
const Text500 = FreeText({ max: 500, multiline: true });
const OptionalNote = FreeText({ max: 500, multiline: true, mayBeEmpty: true });
/** The photos of an inspection: uploaded first (`POST /v1/uploads`, purpose `completion`), like a completion's. */
const InspectionPhotos = z._default(z.array(PhotoKey).check(z.maxLength(9)), []);

/** The vendor's id, named as the vendor register's own routes name it (/v1/vendors/{id}). */
export const VendorIdParams = z.object({ id: Id });
export const MonthQuery = z.object({ month: Month });
/** A spot check's id is its job's ticket id: a job is drawn at most once. */
export const SpotCheckParams = z.object({ id: Id });

/** A draw: this percentage (at least one job) of the month's completed jobs not drawn before; a retry with the same key draws nothing new. */
export const DrawSpotChecksBody = z.object({
  month: Month,
  percent: z._default(z.int().check(z.minimum(1), z.maximum(100)), 5),
  requestKey: Id,
});

/** A failed check: the note and photos the reopened job carries back to its technician. */
export const FailSpotCheckBody = z.object({ note: Text500, photoKeys: InspectionPhotos });
/** The inspection's result; a fail needs a note (what is wrong). */
export const SpotCheckResultBody = z.discriminatedUnion('result', [
  z.object({ result: z.literal('passed'), note: z.optional(OptionalNote), photoKeys: InspectionPhotos }),
  z.object({ result: z.literal('failed'), note: Text500, photoKeys: InspectionPhotos }),
]);

export const SpotCheck = z
  .object({
    id: z.string(),
    vendorId: z.string(),
    drawId: z.string(),
    month: z.string(),
    ticketId: z.string(),
    ticketNumber: z.string(),
    drawnAt: IsoDateTime,
    drawnById: z.string(),
    status: z.enum(['pending', 'passed', 'failed']),
    inspectedAt: z.nullable(IsoDateTime),
    inspectedById: z.nullable(z.string()),
    note: z.nullable(z.string()),
    /** Presigned links to the inspection's photos (short-lived). */
    photoUrls: z.array(z.string()),
  })
  .register(z.globalRegistry, { id: 'SpotCheck' });
export type SpotCheck = z.infer<typeof SpotCheck>;

export const SpotCheckList = z.object({
  month: z.string(),
  items: z.array(SpotCheck),
  /** Jobs of the month that are completed (or confirmed, closed) and not drawn yet: what a draw samples from. */
  undrawnCompleted: z.int(),
});
export type SpotCheckList = z.infer<typeof SpotCheckList>;
export const DrawResult = z.object({ drawId: z.string(), drawn: z.array(SpotCheck), replayed: z.boolean() });
export type DrawResult = z.infer<typeof DrawResult>;

/** Raise (a vendor manager) or decide (a hospital manager, once) a dispute: one route, by action. */
export const DisputeActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('raise'), month: Month, ticketId: Id, measure: ScorecardMeasureName, reason: Text500 }),
  z.object({ action: z.literal('decide'), month: Month, disputeId: Id, accepted: z.boolean(), reason: Text500 }),
]);

export const Dispute = z
  .object({
    id: z.string(),
    vendorId: z.string(),
    month: z.string(),
    ticketId: z.string(),
    ticketNumber: z.string(),
    measure: ScorecardMeasureName,
    reason: z.string(),
    raisedAt: IsoDateTime,
    raisedById: z.string(),
    status: z.enum(['open', 'accepted', 'rejected']),
    decidedAt: z.nullable(IsoDateTime),
    decidedById: z.nullable(z.string()),
    decisionReason: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'Dispute' });
export type Dispute = z.infer<typeof Dispute>;

export const DisputeList = z.object({
  month: z.string(),
  items: z.array(Dispute),
  /** The vendor's jobs of the month a dispute may name (number and id), newest first. */
  jobs: z.array(z.object({ ticketId: z.string(), ticketNumber: z.string(), status: z.string() })),
});
export type DisputeList = z.infer<typeof DisputeList>;
