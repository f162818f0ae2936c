import type { AggKind, AggregateCell } from './ticketDeltas';
import type { NotificationIntent } from '../notifications';

/** A stored aggregate item (one dimension value on one day). */
export type AggregateRow = AggregateCell;

/** The aggregates of a hospital, kept by the stream consumer and read by dashboards and reports. */
export interface AggregateRepository {
  /** AP-40 every item of one dimension kind for the days from..to: one Query (paginated). */
  listDays(hospitalId: string, kind: AggKind, from: string, to: string): Promise<AggregateRow[]>;
  /**
   * Applies one ticket version's deltas exactly once (a marker item per ticket version in the
   * same transaction): returns false when that version was applied before.
   */
  applyOnce(change: { hospitalId: string; ticketId: string; version: number; cells: AggregateCell[]; alert: NotificationIntent | null }): Promise<boolean>;
  /** AP-17 (by time) when each fault on an asset was reported since `since` (ISO), for the repeat-failure alert. */
  assetFaultTimes(hospitalId: string, assetId: string, since: string): Promise<{ ticketId: string; createdAt: string; status: string }[]>;
}
