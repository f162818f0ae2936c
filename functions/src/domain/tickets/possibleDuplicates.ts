import type { TicketRecord } from '../records';

/** What a new report is about: its room, its device if it names one, its category. */
export interface ReportedFault {
  locationId: string;
  assetId: string | null;
  categoryCode: string;
}

type OpenTicket = Pick<TicketRecord, 'locationId' | 'assetId' | 'categoryCode'>;

/**
 * Whether an open ticket may be the same fault as a new report. Only the same device counts for
 * a device (a ventilator's alarm is not the room's air-conditioning), and only the same category
 * at the same room counts for a room. A room report is never a device's fault: the device has its
 * own ticket and its own history.
 */
export function isPossibleDuplicate(report: ReportedFault, open: OpenTicket): boolean {
  if (report.assetId) return open.assetId === report.assetId;
  return !open.assetId && open.locationId === report.locationId && open.categoryCode === report.categoryCode;
}

/** The open tickets a label shows as already reported: the device's own at a device label, all of the room's at a room label. */
export function openAtLabel<T extends OpenTicket>(label: { assetId: string | null }, forAsset: readonly T[], atLocation: readonly T[]): T[] {
  if (label.assetId) return forAsset.filter((t) => t.assetId === label.assetId);
  return [...atLocation];
}
