import type { TicketRecord } from '../records';
import type { DisputeRecord, SpotCheckRecord, VendorRecord } from './records';

/** The instants a month starts and ends (exclusive) in the hospital's zone, ISO. */
export interface MonthInstants {
  startsAt: string;
  endsAt: string;
}

/** A month of one vendor's tickets read whole (bounded: more than `limit` is refused, not cut). */
export interface VendorMonthTickets {
  tickets: TicketRecord[];
  /** More tickets than `limit` exist: the caller refuses the month. */
  overLimit: boolean;
}

/** The scorecard's reads (adapters/dynamo/scorecardReads.ts, AP-320..323). */
export interface ScorecardReads {
  /** AP-320 the vendor's tickets created in the month, GSI7, oldest first, up to limit + 1. */
  listMonthTickets(hospitalId: string, vendorId: string, month: MonthInstants, limit: number): Promise<VendorMonthTickets>;
  /** AP-321 one page of the vendor's tickets of the month, newest first (the vendor's job list). */
  pageMonthTickets(hospitalId: string, vendorId: string, month: MonthInstants, page: { limit: number; cursor?: string | undefined }): Promise<{ tickets: TicketRecord[]; nextCursor: string | null }>;
  /** AP-322 the vendor's spot checks of a month (VSPOT's items). */
  listSpotChecks(hospitalId: string, vendorId: string, month: string): Promise<SpotCheckRecord[]>;
  /** AP-323 the vendor's disputes of a month (VSPOT's items). */
  listDisputes(hospitalId: string, vendorId: string, month: string): Promise<DisputeRecord[]>;
}

/** The vendor register as the scorecard reads it (VORG’s VendorRepository.get). */
export interface VendorLookup {
  get(hospitalId: string, vendorId: string): Promise<VendorRecord | null>;
}

/** A month holds at most this many of a vendor's tickets for a scorecard (design16: refused above, 409). */
export const MAX_SCORECARD_TICKETS = 5_000;
