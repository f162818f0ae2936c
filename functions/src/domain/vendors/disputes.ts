import { ConflictError, InvalidError } from '../errors';
import type { TicketRecord, UserRecord } from '../records';
import type { DisputeRecord, ScorecardMeasure } from './records';
import { monthOf } from './spotChecks';

/**
 * Disputes (issue 16): a vendor manager objects to one ticket's count on a scorecard measure of a
 * month; the hospital's managers accept or reject it with a reason, once. An accepted dispute
 * takes that ticket out of that measure on the scorecard (VSCORE reads them).
 */

export interface RaiseDispute {
  vendorId: string;
  month: string;
  measure: ScorecardMeasure;
  reason: string;
  raisedBy: UserRecord;
  now: Date;
}

/**
 * One dispute per ticket and measure: its id says which, so a second one for the same count is
 * refused by the repository's "not there yet" condition.
 */
export const disputeIdOf = (ticketId: string, measure: ScorecardMeasure): string => `${ticketId}-${measure}`;

/** A new dispute on a ticket of the vendor created in that month (the scorecard's month of the job). */
export function raiseDispute(input: RaiseDispute, ticket: TicketRecord | null, timezone: string): DisputeRecord {
  const ofMonth = ticket && ticket.vendorId === input.vendorId && monthOf(ticket.createdAt, timezone) === input.month;
  if (!ticket || !ofMonth) {
    throw new InvalidError('The ticket is not one of this vendor’s jobs of that month', '该工单不是本单位当月的工单', [
      { field: 'body.ticketId', code: 'not_of_vendor_month', message: 'Pick a job of the vendor from that month', messageZh: '请选择本单位当月的工单' },
    ]);
  }
  if (ticket.status === 'cancelled') {
    throw new ConflictError('A cancelled ticket counts on no measure', '已取消的工单不计入考核，无需申诉');
  }
  return {
    hospitalId: ticket.hospitalId,
    id: disputeIdOf(ticket.id, input.measure),
    vendorId: input.vendorId,
    month: input.month,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    measure: input.measure,
    reason: input.reason,
    raisedAt: input.now.toISOString(),
    raisedById: input.raisedBy.id,
    status: 'open',
    decidedAt: null,
    decidedById: null,
    decisionReason: null,
  };
}

/** The hospital's decision: accepted or rejected with a reason, once. */
export function decideDispute(dispute: DisputeRecord, accepted: boolean, reason: string, decidedBy: UserRecord, now: Date): DisputeRecord {
  if (dispute.status !== 'open') {
    throw new ConflictError('This dispute has been decided already', '该申诉已处理，不能重复处理');
  }
  return { ...dispute, status: accepted ? 'accepted' : 'rejected', decidedAt: now.toISOString(), decidedById: decidedBy.id, decisionReason: reason };
}
