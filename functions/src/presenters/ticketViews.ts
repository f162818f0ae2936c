import type { Ticket, TicketEvent, TicketSummary } from '../contract/tickets';
import type { TicketEventRecord, TicketRecord, UserRecord } from '../domain/records';
import { allowedCommands } from '../domain/tickets/permissions';
import { partsCost } from '../domain/tickets/lifecycle';
import { DEFAULT_LIFECYCLE_POLICY, type LifecyclePolicy } from '../domain/tickets/policy';
import { timeState } from '../domain/sla/timeState';

/** Records as the API shows them (functions/src/contract/tickets.ts). */
export function toTicketSummary(t: TicketRecord, now: Date = new Date(), policy: LifecyclePolicy = DEFAULT_LIFECYCLE_POLICY): TicketSummary {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    urgency: t.urgency,
    categoryCode: t.categoryCode,
    description: t.description,
    location: { id: t.locationId, name: t.locationName, path: t.locationPath },
    asset: t.assetId ? { id: t.assetId, name: t.assetName ?? t.assetId } : null,
    assignee: t.assigneeId ? { id: t.assigneeId, name: t.assigneeName ?? t.assigneeId } : null,
    timeState: { ...timeState(t, policy, now), at: now.toISOString() },
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

/**
 * The full view of a ticket. Build it only after the access check: it carries read URLs of the
 * photos (`photoUrls`, from signPhotoUrls), which are as good as the photos themselves.
 */
export function toTicketView(
  t: TicketRecord,
  viewer: UserRecord,
  now: Date,
  photoUrls: ReadonlyMap<string, string>,
  policy: LifecyclePolicy = DEFAULT_LIFECYCLE_POLICY,
): Ticket {
  const photos = (keys: readonly string[]) => keys.flatMap((key) => {
    const url = photoUrls.get(key);
    return url ? [{ key, url }] : [];
  });
  return {
    ...toTicketSummary(t, now, policy),
    photoKeys: t.photoKeys,
    photos: photos(t.photoKeys),
    contactPhone: t.contactPhone,
    reporter: { id: t.reporterId, name: t.reporterName, department: t.reporterDepartment },
    version: t.version,
    deadlines: { acceptBy: t.acceptBy, arriveBy: t.arriveBy },
    reportedUrgency: t.reportedUrgency,
    urgencyRaisedReason: t.urgencyRaisedReason,
    followerCount: t.followerIds.length,
    following: t.followerIds.includes(viewer.id),
    holdReason: t.holdReason,
    transferRequest: t.transferRequest,
    inGrabPool: t.inGrabPool,
    breaches: t.breaches,
    times: { acceptedAt: t.acceptedAt, arrivedAt: t.arrivedAt, completedAt: t.completedAt, confirmedAt: t.confirmedAt, closedAt: t.closedAt },
    completion: t.completion
      ? { note: t.completion.note, parts: t.completion.parts, partsCost: partsCost(t.completion.parts), photoKeys: t.completion.photoKeys, photos: photos(t.completion.photoKeys) }
      : null,
    rating: t.rating,
    reopenCount: t.reopenCount,
    mergedIntoId: t.mergedIntoId,
    callback: t.callback ? { reached: t.callback.reached, satisfied: t.callback.satisfied, note: t.callback.note, at: t.callback.at } : null,
    complaint: t.complaint,
    contentReview: t.contentReview ?? null,
    allowedCommands: allowedCommands(viewer, t),
  };
}

export function toTicketEventView(e: TicketEventRecord): TicketEvent {
  return {
    seq: e.seq,
    type: e.type,
    at: e.at,
    actor: { id: e.actorId, name: e.actorName, role: e.actorRole },
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
  };
}
