import type { TicketEventRecord, TicketRecord } from '../../domain/records';
import { isActive } from '../../domain/tickets/ticketStatus';
import { isComplaintOpen } from '../../domain/sla/complaintClocks';
import {
  SLA_SHARDS,
  atLocation,
  byAssignee,
  byReporter,
  ofAsset,
  ofVendor,
  reporterSortKey,
  CALLBACK_PREFIX,
  COMPLAINT_PREFIX,
  QUEUE_PREFIX,
  deskIndex,
  slaShard,
  ticketEventKey,
  ticketKey,
  ticketSortKey,
  jobParts,
  jobPartSortKey,
} from './keys';

const URGENCY_RANK = { emergency: 0, urgent: 1, normal: 2 } as const;

function shardOf(ticketId: string): number {
  let h = 0;
  for (const ch of ticketId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % SLA_SHARDS;
}

/** The deadline that orders the dispatch queue: the next one the ticket can still miss. */
function queueDeadline(t: TicketRecord): string {
  if (t.status === 'submitted' || t.status === 'assigned') return t.acceptBy ?? '9999';
  if (t.status === 'accepted') return t.arriveBy ?? '9999';
  return '9999';
}

/** The desk's own index (GSI3): the queue of unfinished tickets, open complaints, and completed ones still owed a callback. */
function deskKeys(t: TicketRecord): Record<string, string> {
  if (isActive(t.status)) return { GSI3PK: deskIndex(t.hospitalId), GSI3SK: `${QUEUE_PREFIX}${URGENCY_RANK[t.urgency]}#${queueDeadline(t)}#${t.id}` };
  // An open complaint is the desk's work list of its own; its call-back step stands for the ticket's callback meanwhile.
  if (isComplaintOpen(t.complaint)) return { GSI3PK: deskIndex(t.hospitalId), GSI3SK: `${COMPLAINT_PREFIX}${t.complaint.openedAt}#${t.id}` };
  if ((t.status === 'completed' || t.status === 'confirmed') && !t.callback) {
    return { GSI3PK: deskIndex(t.hospitalId), GSI3SK: `${CALLBACK_PREFIX}${t.completedAt ?? t.updatedAt}#${t.id}` };
  }
  return {};
}

/** A ticket as stored: the record plus the index keys of every access pattern it serves. */
export function ticketItem(t: TicketRecord): Record<string, unknown> {
  const sortKey = ticketSortKey(isActive(t.status), t.createdAt, t.id);
  return {
    ...ticketKey(t.hospitalId, t.id),
    entity: 'ticket',
    ...t,
    // A job's part is listed under its job (the job item is its starter's one line), not by its reporter.
    GSI1PK: t.jobId ? jobParts(t.hospitalId, t.jobId) : byReporter(t.hospitalId, t.reporterId),
    GSI1SK: t.jobId ? jobPartSortKey(t.jobPartIndex ?? 0, t.id) : reporterSortKey(t.createdAt, t.id),
    ...(t.assigneeId ? { GSI2PK: byAssignee(t.hospitalId, t.assigneeId), GSI2SK: sortKey } : {}),
    ...deskKeys(t),
    ...(t.watch ? { GSI4PK: slaShard(shardOf(t.id)), GSI4SK: `${t.watch.dueAt}#${t.id}` } : {}),
    GSI5PK: atLocation(t.hospitalId, t.locationId),
    GSI5SK: sortKey,
    ...(t.assetId ? { GSI6PK: ofAsset(t.hospitalId, t.assetId), GSI6SK: sortKey } : {}),
    ...(t.vendorId ? { GSI7PK: ofVendor(t.hospitalId, t.vendorId), GSI7SK: `${t.createdAt}#${t.id}` } : {}),
  };
}

export function ticketEventItem(e: TicketEventRecord): Record<string, unknown> {
  return { ...ticketEventKey(e.hospitalId, e.ticketId, e.seq), entity: 'ticketEvent', ...e };
}
