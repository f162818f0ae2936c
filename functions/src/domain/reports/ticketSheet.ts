import type { TicketStatus, Urgency } from '../../contract/enums';
import type { TicketRecord } from '../records';
import { partsCost } from '../tickets/lifecycle';
import { reportedDay } from './ticketDeltas';

/**
 * One line of the workbook's ticket sheet (工单明细): what a manager checks ticket by ticket.
 * The aggregator writes it in the same transaction as the ticket's aggregate numbers, so the
 * sheet and the dashboard always count the same tickets. No personal data: no reporter, no phone.
 */
export interface TicketSheetRow {
  ticketId: string;
  number: string;
  /** The reported day in the hospital's zone: the day whose numbers the ticket counts in. */
  day: string;
  status: TicketStatus;
  urgency: Urgency;
  /** How the fault was reported (QR scan in WeChat, phone call to the desk, walk-in…). */
  channel: string;
  categoryCode: string;
  /** The place from the building down, e.g. "5号楼 · 3层 · 护士站". */
  place: string;
  assetName: string | null;
  reportedAt: string;
  acceptedAt: string | null;
  arrivedAt: string | null;
  completedAt: string | null;
  confirmedAt: string | null;
  technician: string | null;
  /** "五孔插座 ×2；空开 ×1". */
  parts: string;
  partsCost: number;
  rating: number | null;
  /** The reporting department signed the confirmation on screen (签字确认). */
  signed: boolean;
}

/** Tickets reported before the channel was recorded came through the app (a scanned label). */
function channelOf(t: TicketRecord): string {
  return t.channel ?? 'app';
}

/** The place without the campus: the building names the place in a hospital of several buildings. */
export const placeWithBuilding = (locationPath: readonly string[]) => (locationPath.length > 1 ? locationPath.slice(1) : locationPath).join(' · ');

export function ticketSheetRow(t: TicketRecord, timezone: string): TicketSheetRow {
  const parts = t.completion?.parts ?? [];
  return {
    ticketId: t.id,
    number: t.number,
    day: reportedDay(t.createdAt, timezone),
    status: t.status,
    urgency: t.urgency,
    channel: channelOf(t),
    categoryCode: t.categoryCode,
    place: placeWithBuilding(t.locationPath),
    assetName: t.assetName,
    reportedAt: t.createdAt,
    acceptedAt: t.acceptedAt,
    arrivedAt: t.firstArrivedAt ?? t.arrivedAt,
    completedAt: t.completedAt,
    confirmedAt: t.confirmedAt,
    technician: t.assigneeName,
    parts: parts.map((p) => `${p.name} ×${p.quantity}`).join('；'),
    partsCost: partsCost(parts),
    rating: t.rating?.score ?? null,
    signed: Boolean(t.signature),
  };
}
