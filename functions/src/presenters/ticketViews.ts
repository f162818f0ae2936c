import type { Ticket, TicketEvent, TicketPublicSummary, TicketSummary } from '../contract/tickets';
import type { TicketEventRecord, TicketRecord, UserRecord } from '../domain/records';
import { allowedCommands } from '../domain/tickets/permissions';
import { partsCost } from '../domain/tickets/lifecycle';
import { isTextHeld } from '../domain/policy/can';
import { DEFAULT_LIFECYCLE_POLICY, type LifecyclePolicy } from '../domain/tickets/policy';
import { timeState } from '../domain/sla/timeState';
import { lensOf, type TicketLens } from './ticketLens';

/** Records as the API shows them (functions/src/contract/tickets.ts), each through the viewer's lens (ticketLens.ts). */
export function toPublicSummary(t: TicketRecord, lens: TicketLens, now: Date = new Date(), policy: LifecyclePolicy = DEFAULT_LIFECYCLE_POLICY): TicketPublicSummary {
  const withheld = isTextHeld(t) && !lens.heldText;
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    urgency: t.urgency,
    categoryCode: t.categoryCode,
    description: withheld ? '' : t.description,
    descriptionHeld: isTextHeld(t),
    location: { id: t.locationId, name: t.locationName, path: t.locationPath },
    asset: t.assetId ? { id: t.assetId, name: t.assetName ?? t.assetId } : null,
    deadlines: { acceptBy: t.acceptBy, arriveBy: t.arriveBy },
    timeState: { ...timeState(t, policy, now), at: now.toISOString() },
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    channel: t.channel ?? 'app',
  };
}

/** A line of a list the viewer may read (the list's scope was checked by the policy). */
export function toTicketSummary(t: TicketRecord, viewer: UserRecord, now: Date = new Date(), policy: LifecyclePolicy = DEFAULT_LIFECYCLE_POLICY): TicketSummary {
  return summaryThrough(t, lensOf(viewer, t), now, policy);
}

function summaryThrough(t: TicketRecord, lens: TicketLens, now: Date, policy: LifecyclePolicy): TicketSummary {
  const assignee = lens.staffNames && t.assigneeId ? { id: t.assigneeId, name: t.assigneeName ?? t.assigneeId } : null;
  return { ...toPublicSummary(t, lens, now, policy), assignee };
}

/**
 * The view of a ticket the viewer may see (the policy's `view`). Build it only after that check:
 * a full view carries read URLs of the photos (`photoUrls`, from signPhotoUrls), which are as
 * good as the photos themselves; a summary view carries none of them.
 */
export function toTicketView(
  t: TicketRecord,
  viewer: UserRecord,
  now: Date,
  photoUrls: ReadonlyMap<string, string>,
  policy: LifecyclePolicy = DEFAULT_LIFECYCLE_POLICY,
): Ticket {
  const lens = viewLensOf(viewer, t);
  const common = {
    ...summaryThrough(t, lens, now, policy),
    version: t.version,
    reportedUrgency: t.reportedUrgency,
    followerCount: t.followerIds.length,
    following: t.followerIds.includes(viewer.id),
    allowedCommands: allowedCommands(viewer, t),
  };
  if (!lens.full) return { ...common, ...SUMMARY_ONLY };
  const photos = (keys: readonly string[]) => keys.flatMap((key) => {
    const url = photoUrls.get(key);
    return url ? [{ key, url }] : [];
  });
  return {
    ...common,
    view: 'full',
    photoKeys: t.photoKeys,
    photos: photos(t.photoKeys),
    contactPhone: lens.personalData ? t.contactPhone : null,
    reporter: lens.personalData ? { id: t.reporterId, name: t.reporterName, department: t.reporterDepartment, phone: t.reporterPhone ?? null } : null,
    caller: lens.personalData ? (t.caller ?? null) : null,
    urgencyRaisedReason: t.urgencyRaisedReason,
    holdReason: t.holdReason,
    transferRequest: t.transferRequest,
    inGrabPool: t.inGrabPool,
    breaches: t.breaches,
    times: { acceptedAt: t.acceptedAt, arrivedAt: t.arrivedAt, completedAt: t.completedAt, confirmedAt: t.confirmedAt, closedAt: t.closedAt },
    completion: t.completion
      ? { note: t.completion.note, parts: t.completion.parts, partsCost: partsCost(t.completion.parts), photoKeys: t.completion.photoKeys, photos: photos(t.completion.photoKeys) }
      : null,
    signature: t.signature
      ? { key: t.signature.key, url: photoUrls.get(t.signature.key) ?? null, signerName: lens.personalData ? t.signature.signerName : null, at: t.signature.at }
      : null,
    rating: t.rating,
    reopenCount: t.reopenCount,
    mergedIntoId: t.mergedIntoId,
    ...(t.workOrderId ? { workOrderId: t.workOrderId, workOrderNumber: t.workOrderNumber ?? null } : {}),
    ...(t.vendorId ? { vendorId: t.vendorId } : {}),
    callback: t.callback ? { reached: t.callback.reached, satisfied: t.callback.satisfied, note: t.callback.note, at: t.callback.at } : null,
    complaint: t.complaint,
    contentReview: t.contentReview ?? null,
    emergencyPending: t.emergencyPending === true,
  };
}

/** The lens of a ticket's own view: a summary view (a follower's) names nobody, whatever the viewer's role. */
export function viewLensOf(viewer: UserRecord, t: TicketRecord): TicketLens {
  const lens = lensOf(viewer, t);
  return lens.full ? lens : { ...lens, staffNames: false };
}

/** Every field beyond the public summary, empty: what a follower's view carries there. */
const SUMMARY_ONLY = {
  view: 'summary',
  photoKeys: [],
  photos: [],
  contactPhone: null,
  reporter: null,
  caller: null,
  emergencyPending: false,
  urgencyRaisedReason: null,
  holdReason: null,
  transferRequest: null,
  inGrabPool: false,
  breaches: [],
  times: { acceptedAt: null, arrivedAt: null, completedAt: null, confirmedAt: null, closedAt: null },
  completion: null,
  signature: null,
  rating: null,
  reopenCount: 0,
  mergedIntoId: null,
  callback: null,
  complaint: null,
  contentReview: null,
} as const satisfies Partial<Ticket>;

/** A step of the timeline: who by name only for viewers who may see names; notes only in a full view. */
export function toTicketEventView(e: TicketEventRecord, lens: TicketLens): TicketEvent {
  const named = lens.staffNames || e.actorRole === 'system';
  return {
    seq: e.seq,
    type: e.type,
    at: e.at,
    actor: { id: named ? e.actorId : null, name: named ? e.actorName : null, role: e.actorRole },
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: lens.full ? e.note : null,
    ...(e.deviceAt ? { deviceAt: e.deviceAt } : {}),
  };
}
