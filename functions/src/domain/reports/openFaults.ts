import type { TicketRecord } from '../records';
import type { Period } from './period';

/**
 * A device's fault that is still open: reported and not yet confirmed working (nor closed,
 * nor cancelled). Downtime runs from the report to the reporter's confirmation (GB/T draft:
 * report → acceptance); while the fault is open its downtime keeps counting, so the aggregator
 * keeps one such item per open fault and the reports add the part up to now at read time.
 */
export interface OpenFault {
  assetId: string;
  ticketId: string;
  reportedAt: string;
  assetName: string;
  categoryCode: string;
}

/** The open fault a ticket is, or null once its device is confirmed working (or it never was a device fault). */
export function openFaultOf(t: TicketRecord): OpenFault | null {
  if (!t.assetId || t.status === 'cancelled' || t.status === 'closed' || t.confirmedAt) return null;
  return { assetId: t.assetId, ticketId: t.id, reportedAt: t.createdAt, assetName: t.assetName ?? t.assetId, categoryCode: t.categoryCode };
}

/** What the aggregator writes for a ticket's open-fault item: keep it (as it is now) or remove it. */
export type OpenFaultChange = { assetId: string; ticketId: string; fault: OpenFault | null };

/**
 * Written while the fault is open (every version: an older ticket without the item gets it on its
 * next change) and once when it closes; nothing for a ticket that was not an open fault before either.
 */
export function openFaultChange(before: TicketRecord | null, after: TicketRecord): OpenFaultChange | null {
  if (!after.assetId) return null;
  const fault = openFaultOf(after);
  if (!fault && !(before && openFaultOf(before))) return null;
  return { assetId: after.assetId, ticketId: after.id, fault };
}

/**
 * The open part of a fault's downtime inside a period, in whole minutes: from the later of the
 * report and the period's start to the earlier of now and the period's end. A past period
 * counts the fault up to its end; a fault reported before the period counts from its start.
 */
export function openDowntimeMinutes(fault: Pick<OpenFault, 'reportedAt'>, period: Pick<Period, 'startsAt' | 'endsAt'>, now: Date): number {
  const from = Math.max(Date.parse(fault.reportedAt), Date.parse(period.startsAt));
  const to = Math.min(now.getTime(), Date.parse(period.endsAt));
  return to > from ? Math.floor((to - from) / 60_000) : 0;
}
