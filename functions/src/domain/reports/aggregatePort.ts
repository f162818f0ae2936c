import type { AggKind, AggregateCell } from './ticketDeltas';
import type { NotificationIntent } from '../notifications';
import type { OpenFault, OpenFaultChange } from './openFaults';
import type { TicketSheetRow } from './ticketSheet';
import type { CellCorrection } from './reconcile';

/** A hospital has at most this many devices down at once in a report (a bounded read, paged inside). */
export const MAX_OPEN_FAULTS = 2000;
/** A workbook lists at most this many tickets (a quarter of a large hospital); the summary says when it stopped. */
export const MAX_SHEET_TICKETS = 20_000;

/** One ticket version's share of the aggregates: the numbers, and the items kept beside them. */
export interface AggregateChange {
  hospitalId: string;
  ticketId: string;
  version: number;
  cells: AggregateCell[];
  alert: NotificationIntent | null;
  /** The ticket's line of the workbook's ticket sheet, as of this version. */
  sheetRow?: TicketSheetRow;
  /** A device fault: kept while open, removed once the device is confirmed working. */
  openFault?: OpenFaultChange | null;
}

/** What one reconcile run of a hospital's days found and repaired; the latest is kept and shown on the dashboard. */
export interface ReconcileRun {
  hospitalId: string;
  ranAt: string;
  from: string;
  to: string;
  days: number;
  tickets: number;
  /** Aggregate items corrected. */
  corrected: number;
  /** Items changed by the stream consumer while this run read them: left for the next run. */
  conflicts: number;
  /** Ticket versions the stream consumer never applied (lost records), now accounted for. */
  lostVersions: number;
  /** Days with a ticket changed in the last minutes, left for the next run. */
  unsettledDays: string[];
}

/** A ticket version the stream consumer never applied: its marker, workbook line and open-fault item. */
export interface LostVersion {
  ticketId: string;
  version: number;
  sheetRow: TicketSheetRow;
  openFault: OpenFaultChange | null;
}

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
  applyOnce(change: AggregateChange): Promise<boolean>;
  /** AP-42 the devices' faults still open in a hospital, oldest first (at most MAX_OPEN_FAULTS). */
  listOpenFaults(hospitalId: string): Promise<OpenFault[]>;
  /** AP-43 the ticket sheet's lines of the days from..to, in report order (at most `limit`; `truncated` when more exist). */
  listTicketRows(hospitalId: string, from: string, to: string, limit: number): Promise<{ rows: TicketSheetRow[]; truncated: boolean }>;
  /** AP-72 which of these ticket versions were applied (their markers exist): the keys `<ticketId>@<version>`. */
  appliedVersions(hospitalId: string, versions: readonly { ticketId: string; version: number }[]): Promise<Set<string>>;
  /** Marks every version up to a lost one applied, and writes its workbook line and open-fault item again. */
  restoreLost(hospitalId: string, lost: LostVersion): Promise<void>;
  /** ADDs each correction, conditional on the counters still holding what was read. */
  correctCells(hospitalId: string, corrections: readonly CellCorrection[]): Promise<{ corrected: number; conflicts: number }>;
  /** AP-73 the latest reconcile run of a hospital. */
  recordReconcile(run: ReconcileRun): Promise<void>;
  lastReconcile(hospitalId: string): Promise<ReconcileRun | null>;
  /** AP-17 (by time) when each fault on an asset was reported since `since` (ISO), for the repeat-failure alert. */
  assetFaultTimes(hospitalId: string, assetId: string, since: string): Promise<{ ticketId: string; createdAt: string; status: string }[]>;
}
