import type { NotificationIntent } from '../notifications';
import type { TicketRecord } from '../records';
import type { TicketChange } from '../tickets/transition';
import type { DisputeRecord, SpotCheckRecord } from './records';

/** The spot checks and disputes of issue 16 (adapters/dynamo/spotCheckRepository.ts; access patterns AP-340..359). */
export interface SpotCheckRepository {
  /** AP-340 a vendor's spot checks of a month. */
  listSpotChecks(hospitalId: string, vendorId: string, month: string): Promise<SpotCheckRecord[]>;
  /** AP-341 one spot check (its id is its job's ticket id). */
  getSpotCheck(hospitalId: string, vendorId: string, month: string, id: string): Promise<SpotCheckRecord | null>;
  /** AP-342 a vendor's tickets created in [fromIso, untilIso) (GSI7), whole; refuses (409) a month past 5,000. */
  listVendorTickets(hospitalId: string, vendorId: string, fromIso: string, untilIso: string): Promise<TicketRecord[]>;
  /**
   * AP-343 a draw: its marker and its checks in one transaction, each "not there yet". 'replayed':
   * a draw with this id exists already (nothing written); a job drawn meanwhile by another draw is a 409.
   */
  putDraw(hospitalId: string, vendorId: string, month: string, drawId: string, checks: readonly SpotCheckRecord[]): Promise<'written' | 'replayed'>;
  /** AP-344 a pass: the check, still pending. */
  recordPass(check: SpotCheckRecord): Promise<void>;
  /** AP-345 a fail: the check (still pending) and the ticket's change (version check, event, outbox) in one transaction. */
  recordFail(check: SpotCheckRecord, change: TicketChange): Promise<void>;
  /** AP-346 a vendor's disputes of a month. */
  listDisputes(hospitalId: string, vendorId: string, month: string): Promise<DisputeRecord[]>;
  /** AP-347 one dispute. */
  getDispute(hospitalId: string, vendorId: string, month: string, id: string): Promise<DisputeRecord | null>;
  /** AP-348 a new dispute ("not there yet": one per ticket and measure) with its outbox item in the ticket's partition. */
  raiseDispute(dispute: DisputeRecord, notification: NotificationIntent): Promise<void>;
  /** AP-349 a decision (the dispute still open) with its outbox item. */
  decideDispute(dispute: DisputeRecord, notification: NotificationIntent): Promise<void>;
}
