import type { Ticket, TicketEvent, TicketSummary } from '../contract/tickets';
import type { TicketEventRecord, TicketRecord, UserRecord } from '../domain/records';
import { allowedCommands } from '../domain/tickets/permissions';
import { partsCost } from '../domain/tickets/lifecycle';

/** Records as the API shows them (functions/src/contract/tickets.ts). */
export function toTicketSummary(t: TicketRecord, now: Date = new Date()): TicketSummary {
  const watch = t.watch && t.watch.level === 0 && (t.watch.kind === 'accept' || t.watch.kind === 'arrive') ? t.watch : null;
  const overdueBreach = t.breaches.find((b) => (b.kind === 'accept' && !t.acceptedAt) || (b.kind === 'arrive' && !t.arrivedAt));
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
    nextDeadline: watch
      ? { kind: watch.kind, dueAt: watch.dueAt, overdue: new Date(watch.dueAt).getTime() <= now.getTime() }
      : overdueBreach && (t.status === 'submitted' || t.status === 'assigned' || t.status === 'accepted')
        ? { kind: overdueBreach.kind, dueAt: (overdueBreach.kind === 'accept' ? t.acceptBy : t.arriveBy) ?? overdueBreach.at, overdue: true }
        : null,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    channel: t.channel ?? 'app',
  };
}

/**
 * The full view of a ticket. Build it only after the access check: it carries read URLs of the
 * photos (`photoUrls`, from signPhotoUrls), which are as good as the photos themselves.
 */
export function toTicketView(t: TicketRecord, viewer: UserRecord, now: Date, photoUrls: ReadonlyMap<string, string>): Ticket {
  const photos = (keys: readonly string[]) => keys.flatMap((key) => {
    const url = photoUrls.get(key);
    return url ? [{ key, url }] : [];
  });
  return {
    ...toTicketSummary(t, now),
    photoKeys: t.photoKeys,
    photos: photos(t.photoKeys),
    contactPhone: t.contactPhone,
    reporter: { id: t.reporterId, name: t.reporterName, department: t.reporterDepartment, phone: seesPersonalData(viewer, t) ? (t.reporterPhone ?? null) : null },
    caller: t.caller ?? null,
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
    emergencyPending: t.emergencyPending === true,
    allowedCommands: allowedCommands(viewer, t),
  };
}

/** The desk, managers, the assignee and the reporter see the reporter's phone; colleagues and followers do not. */
function seesPersonalData(viewer: UserRecord, t: TicketRecord): boolean {
  return viewer.roles.some((r) => r === 'dispatcher' || r === 'manager' || r === 'admin') || viewer.id === t.assigneeId || viewer.id === t.reporterId;
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
