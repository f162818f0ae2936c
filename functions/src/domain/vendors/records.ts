import type { Urgency } from '../../contract/enums';

/**
 * Outsourced vendors under contract (issue 16, seed 004: no "一包了之"). What the domain stores;
 * the adapters' zod schemas parse items into these. Shared by the vendor parts: the register and
 * contract (VORG), the scorecard (VSCORE), spot checks and disputes (VSPOT).
 */

/** What a contract covers: a category, in every building (buildingIds empty) or only in some. */
export interface VendorCoverage {
  categoryCode: string;
  /** Building location ids; empty: the whole hospital. */
  buildingIds: string[];
}

/** Service levels the contract promises for one category and urgency, in minutes; may be stricter than the category's. */
export interface VendorServiceLevel {
  categoryCode: string;
  urgency: Urgency;
  acceptMinutes: number;
  arriveMinutes: number;
}

/** The scorecard measures a term can be written against. Rates are percentages 0..100. */
export type ScorecardMeasure =
  | 'acceptOnTimeRate'
  | 'arriveOnTimeRate'
  | 'firstTimeFixRate'
  | 'reopenRate'
  | 'satisfactionRate'
  | 'complaints'
  | 'pmComplianceRate'
  | 'spotCheckFails';

/**
 * One line of the bonus/penalty schedule (the Planon model's terms), e.g.
 * "−0.5 % of the monthly fee per point of missed accepts over 2 %":
 *   { measure: 'acceptOnTimeRate', kind: 'penalty', threshold: 98, direction: 'below', percentPerUnit: 0.5, unit: 1 }
 * and "a bonus of 1 % above 98 % satisfaction": { measure: 'satisfactionRate', kind: 'bonus', threshold: 98,
 * direction: 'above', percentPerUnit: 1, unit: null } (unit null: a flat amount once the threshold is passed).
 */
export interface ContractTerm {
  id: string;
  measure: ScorecardMeasure;
  kind: 'bonus' | 'penalty';
  /** The measure's value where the term starts to apply (a rate in %, or a count). */
  threshold: number;
  /** The term applies when the measure is below (or above) the threshold. */
  direction: 'below' | 'above';
  /** Percent of the monthly fee per `unit` beyond the threshold (or flat, when unit is null). */
  percentPerUnit: number;
  /** Size of one step beyond the threshold, in the measure's unit (1 = per percentage point or per count); null: flat. */
  unit: number | null;
  /** This term's most, in percent of the monthly fee (null: none). */
  capPercent: number | null;
}

export interface VendorContract {
  /** Contract number as printed (合同编号). */
  reference: string;
  /** Hospital calendar days, inclusive. */
  startsOn: string;
  endsOn: string;
  /** Monthly fee in yuan (the base of bonuses and penalties). */
  monthlyFee: number;
  coverage: VendorCoverage[];
  serviceLevels: VendorServiceLevel[];
  terms: ContractTerm[];
  /** The month's penalties together never exceed this percent of the fee (null: no overall cap). */
  penaltyCapPercent: number | null;
  /** The month's bonuses together never exceed this percent of the fee (null: no overall cap). */
  bonusCapPercent: number | null;
}

export interface VendorRecord {
  hospitalId: string;
  id: string;
  nameZh: string;
  nameEn: string;
  /** Who the hospital calls at the vendor (shown to the hospital's managers and desk only). */
  contactName: string | null;
  contactPhone: string | null;
  contract: VendorContract;
  createdAt: string;
  version: number;
  retired?: boolean;
  // --- VORG's additions (issue 16) ---
  /** The hospital's own notes on the vendor (never shown to the vendor's staff). */
  notes?: string | null;
  updatedAt?: string;
}

/** 质检抽查: one completed job drawn for an on-site inspection. */
export interface SpotCheckRecord {
  hospitalId: string;
  id: string;
  vendorId: string;
  /** The draw it came from: all checks of one draw share it (e.g. "2026-11 5 %"). */
  drawId: string;
  /** The scorecard month the job counts in (yyyy-mm, hospital zone). */
  month: string;
  ticketId: string;
  ticketNumber: string;
  drawnAt: string;
  drawnById: string;
  status: 'pending' | 'passed' | 'failed';
  inspectedAt: string | null;
  inspectedById: string | null;
  note: string | null;
  photoKeys: string[];
}

/** A vendor manager's objection to one ticket's count on a scorecard measure; the hospital decides. */
export interface DisputeRecord {
  hospitalId: string;
  id: string;
  vendorId: string;
  month: string;
  ticketId: string;
  ticketNumber: string;
  measure: ScorecardMeasure;
  reason: string;
  raisedAt: string;
  raisedById: string;
  status: 'open' | 'accepted' | 'rejected';
  decidedAt: string | null;
  decidedById: string | null;
  decisionReason: string | null;
}
