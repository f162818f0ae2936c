import * as z from 'zod/mini';
import { Id, IsoDateTime, YearMonth } from './common';
import { TicketStatus, Urgency } from './enums';
import { ContractTerm, ScorecardMeasure } from './vendors';

/*
 * The monthly vendor scorecard (issue 16, part VSCORE): a vendor's month measured against its
 * contract, the bonus/penalty its terms yield, and the ticket numbers behind every number.
 * Definitions: domain/vendors/scorecard.ts (the screen's help text says the same in words).
 */

export const ScorecardMonth = YearMonth;

export const ScorecardQuery = z.object({ month: ScorecardMonth });
export const VendorJobsQuery = z.object({
  month: ScorecardMonth,
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
});

/** What a scorecard line measures: the month's jobs, then every measure a contract term can name. */
export const ScorecardLineKey = z.enum(['jobs', ...ScorecardMeasure.options]);
export type ScorecardLineKey = z.infer<typeof ScorecardLineKey>;

/**
 * One measure. A rate: value = 100 × numerator ÷ denominator rounded to 2 decimals, null ("—")
 * without a denominator. A count (jobs, complaints, spotCheckFails): value = numerator, denominator null.
 * `counted` are the numbers (ticket numbers; work-order numbers for pmComplianceRate) in the
 * numerator, `base` those in the denominator (equal to counted for a count).
 */
export const ScorecardLine = z.object({
  key: ScorecardLineKey,
  kind: z.enum(['rate', 'count']),
  numerator: z.int(),
  denominator: z.nullable(z.int()),
  value: z.nullable(z.number()),
  counted: z.array(z.string()),
  base: z.array(z.string()),
  /** Ticket numbers taken out of this measure by an accepted dispute. */
  disputed: z.array(z.string()),
});
export type ScorecardLine = z.infer<typeof ScorecardLine>;

/** One contract term applied to the month: its percent of the fee (after its own cap) and the money. */
const { id: _termId, ...termFields } = ContractTerm.shape;
export const ScorecardTermLine = z.object({
  termId: z.string(),
  ...termFields,
  /** The measure's value (null: no denominator, the term does not apply). */
  value: z.nullable(z.number()),
  applies: z.boolean(),
  /** Steps beyond the threshold (null for a flat term). */
  units: z.nullable(z.int()),
  percent: z.number(),
  /** The term's own cap cut the percent. */
  capped: z.boolean(),
  /** Yuan, rounded to the fen. */
  amount: z.number(),
});
export type ScorecardTermLine = z.infer<typeof ScorecardTermLine>;

export const Scorecard = z
  .object({
    vendorId: Id,
    vendorName: z.object({ zh: z.string(), en: z.string() }),
    month: ScorecardMonth,
    contractReference: z.string(),
    monthlyFee: z.number(),
    lines: z.array(ScorecardLine),
    terms: z.array(ScorecardTermLine),
    /** Percent of the fee after the overall caps. */
    bonusPercent: z.number(),
    penaltyPercent: z.number(),
    bonusAmount: z.number(),
    penaltyAmount: z.number(),
    /** bonusAmount − penaltyAmount. */
    netAmount: z.number(),
    /** Which overall caps cut the month's totals. */
    capsApplied: z.array(z.enum(['bonus', 'penalty'])),
    /** What each number of the lines names, to open it: a ticket (the ticket page) or a planned work order. */
    refs: z.array(z.object({ number: z.string(), id: Id, kind: z.enum(['ticket', 'workOrder']) })),
    /** When the month was measured (an open month changes as deadlines pass). */
    asOf: IsoDateTime,
  })
  .register(z.globalRegistry, { id: 'VendorScorecard' });
export type Scorecard = z.infer<typeof Scorecard>;

/** One of the vendor's jobs as its manager and the hospital list it: no personal data. */
export const VendorJob = z.object({
  id: Id,
  number: z.string(),
  status: TicketStatus,
  urgency: Urgency,
  categoryCode: z.string(),
  locationName: z.string(),
  locationPath: z.array(z.string()),
  assigneeName: z.nullable(z.string()),
  createdAt: IsoDateTime,
  acceptedOnTime: z.nullable(z.boolean()),
  arrivedOnTime: z.nullable(z.boolean()),
  completedAt: z.nullable(IsoDateTime),
  reopenCount: z.int(),
  ratingScore: z.nullable(z.int()),
  complaint: z.boolean(),
});
export type VendorJob = z.infer<typeof VendorJob>;

export const VendorJobPage = z.object({ items: z.array(VendorJob), nextCursor: z.nullable(z.string()) });
export type VendorJobPage = z.infer<typeof VendorJobPage>;
