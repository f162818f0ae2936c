import { ulid } from 'ulid';
import type { CreateTicketBody } from '../../contract/tickets';
import { ConflictError, DuplicateTicketError, InvalidError, NotFoundError } from '../errors';
import { IdempotencyKeyTakenError, type CatalogRepository, type Clock, type ContentChecker, type PhotoStore, type TicketRepository, type UserRepository } from '../ports';
import { verifyOwnUploadedPhotos } from '../photos/verifyPhotoKeys';
import type { TicketRecord, UserRecord } from '../records';
import { placeOfLocation, placeOfQrCode } from '../catalog/resolvePlace';
import { actingRole } from '../access';
import { requestHash } from './requestHash';
import { formatTicketNumber, hospitalDay } from './ticketNumber';
import { effectiveUrgency } from './clinicalUrgency';
import { unstartedTicketFields } from './unstartedTicket';
import { DEFAULT_LIFECYCLE_POLICY, type LifecyclePolicy } from './policy';
import { autoAssign } from './lifecycle';
import { report } from './transition';
import { isOnShift } from '../dispatch/shifts';
import { rankCandidates } from '../dispatch/candidates';

const IDEMPOTENCY_KEEP_SECONDS = 24 * 3600;
const CONTENT_HELD_NOTE = '内容待服务台审核 held for the desk: flagged by the content check';
const MINUTE_MS = 60_000;

export interface CreateTicketDeps {
  catalog: CatalogRepository;
  tickets: TicketRepository;
  users: UserRepository;
  clock: Clock;
  photos: PhotoStore;
  /** Null where content checking is off. */
  contentChecker: ContentChecker | null;
}

export interface CreatedTicket {
  ticket: TicketRecord;
  /** True when this was a retry answered with the ticket the first attempt made. */
  replayed: boolean;
}

/**
 * Report a fault. The Idempotency-Key makes a retry (a lost answer on a weak ward signal)
 * return the ticket the first attempt made, never a second ticket.
 */
export async function createTicket(
  deps: CreateTicketDeps,
  reporter: UserRecord,
  body: CreateTicketBody,
  idempotencyKey: string,
): Promise<CreatedTicket> {
  const hospitalId = reporter.hospitalId;
  const hash = requestHash(body);
  const earlier = await replay(deps, reporter, idempotencyKey, hash);
  if (earlier) return { ticket: earlier, replayed: true };
  await verifyOwnUploadedPhotos(deps.photos, reporter, body.photoKeys);

  const [hospital, category, place] = await Promise.all([
    deps.catalog.getHospital(hospitalId),
    deps.catalog.getCategory(hospitalId, body.categoryCode),
    body.qrCode ? placeOfQrCode(deps.catalog, hospitalId, body.qrCode) : placeOfLocation(deps.catalog, hospitalId, body.locationId!, body.assetId),
  ]);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  if (!category) {
    throw new InvalidError('Unknown category', '报修类别不存在', [
      { field: 'categoryCode', code: 'unknown_category', message: `No category ${body.categoryCode}`, messageZh: `没有类别「${body.categoryCode}」` },
    ]);
  }
  if (body.qrCode && body.assetId && body.assetId !== place.asset?.id) {
    throw new InvalidError('The device does not match the scanned code', '设备与所扫二维码不符', [
      { field: 'assetId', code: 'asset_mismatch', message: 'Leave assetId out when reporting by QR code', messageZh: '扫码报修时无需另选设备' },
    ]);
  }

  if (!body.notADuplicate) {
    const open = place.asset
      ? await deps.tickets.listOpenForAsset(hospitalId, place.asset.id)
      : (await deps.tickets.listOpenAtLocation(hospitalId, place.location.id)).filter((t) => t.categoryCode === category.code && !t.assetId);
    const existing = open[0];
    if (existing) {
      // The open ticket may be this very request's, made by a concurrent retry with the same key.
      const raced = await replay(deps, reporter, idempotencyKey, hash);
      if (raced) return { ticket: raced, replayed: true };
      throw new DuplicateTicketError({ id: existing.id, number: existing.number, status: existing.status });
    }
  }

  const now = deps.clock.now();
  const createdAt = now.toISOString();
  const raised = effectiveUrgency(body.urgency, place);
  const policy = { ...DEFAULT_LIFECYCLE_POLICY, ...hospital.policy };
  // Flagged text waits for the desk: nobody is sent, and it is never rejected silently.
  const verdict = deps.contentChecker && reporter.openid ? await deps.contentChecker.check(body.description, reporter.openid) : null;
  const contentReview = verdict && verdict.suggest !== 'pass' ? { suggest: verdict.suggest, label: verdict.label } : null;
  const mode = contentReview ? 'manual' : (category.dispatchMode ?? 'manual');
  const day = hospitalDay(now, hospital.timezone);
  const sequence = await deps.tickets.nextDailyNumber(hospitalId, day);
  const draft = {
    hospitalId,
    id: ulid(now.getTime()),
    number: formatTicketNumber(hospital.ticketPrefix, day, sequence),
    urgency: raised.urgency,
    reportedUrgency: body.urgency,
    urgencyRaisedReason: raised.reason,
    categoryCode: category.code,
    description: body.description,
    locationId: place.location.id,
    locationName: place.location.name,
    locationPath: place.path.map((l) => l.name),
    locationAncestorIds: place.location.ancestorIds,
    assetId: place.asset?.id ?? null,
    assetName: place.asset?.name ?? null,
    photoKeys: body.photoKeys,
    contactPhone: body.contactPhone ?? null,
    reporterId: reporter.id,
    reporterName: reporter.name,
    reporterDepartment: reporter.department,
    createdAt,
    updatedAt: createdAt,
    acceptBy: new Date(now.getTime() + category.sla.acceptWithinMinutes[raised.urgency] * MINUTE_MS).toISOString(),
    arriveBy: new Date(now.getTime() + category.sla.arriveWithinMinutes[raised.urgency] * MINUTE_MS).toISOString(),
    ...unstartedTicketFields(),
    inGrabPool: mode === 'grab',
    lastNote: contentReview ? CONTENT_HELD_NOTE : raised.reason,
    contentReview,
  };
  const technicians = mode === 'manual' ? [] : (await deps.users.listUsers(hospitalId)).filter((u) => u.roles.includes('technician'));
  const offeredTo =
    mode === 'grab' ? technicians.filter((u) => u.skills.includes(category.code) && isOnShift(u, now, hospital.timezone)).map((u) => u.id) : [];
  const actor = { id: reporter.id, name: reporter.name, role: actingRole(reporter, draft) };
  const { ticket, event, notifications } = report({ now, policy }, draft, actor, {
    note: contentReview ? CONTENT_HELD_NOTE : raised.reason,
    data: raised.reason ? { reportedUrgency: body.urgency, urgency: raised.urgency } : null,
    offeredTo,
  });
  try {
    await deps.tickets.create(ticket, event, {
      hospitalId,
      userId: reporter.id,
      key: idempotencyKey,
      requestHash: hash,
      ticketId: ticket.id,
      expiresAtEpoch: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_KEEP_SECONDS,
    }, notifications);
  } catch (error) {
    // A concurrent retry with the same key won the race: answer with its ticket.
    if (error instanceof IdempotencyKeyTakenError) {
      const winner = await replay(deps, reporter, idempotencyKey, hash);
      if (winner) return { ticket: winner, replayed: true };
    }
    throw error;
  }
  if (mode === 'auto') return { ticket: await autoDispatch(deps, ticket, technicians, hospital.timezone, policy, now), replayed: false };
  return { ticket, replayed: false };
}

/** Auto-dispatch: the top candidate gets the job at once; the desk sees it in the queue and can reassign. */
async function autoDispatch(
  deps: CreateTicketDeps,
  ticket: TicketRecord,
  technicians: UserRecord[],
  timezone: string,
  policy: LifecyclePolicy,
  now: Date,
): Promise<TicketRecord> {
  const workloads = new Map(await Promise.all(technicians.map(async (u) => [u.id, await deps.tickets.countOpenByAssignee(ticket.hospitalId, u.id)] as const)));
  const [top] = rankCandidates(ticket, { technicians, openJobsOf: (id) => workloads.get(id) ?? 0, now, timezone });
  // Nobody skilled: leave it to the desk rather than send it to the wrong trade.
  if (!top || !top.skilled) return ticket;
  const assigned = autoAssign({ now, policy }, ticket, top.user, top.reasons.map((r) => r.zh).join('，'));
  try {
    await deps.tickets.applyChanges([assigned]);
    return assigned.after;
  } catch (error) {
    // The desk got there first; their decision stands.
    if (error instanceof ConflictError) return ticket;
    throw error;
  }
}

async function replay(deps: CreateTicketDeps, reporter: UserRecord, key: string, hash: string): Promise<TicketRecord | null> {
  const record = await deps.tickets.findIdempotency(reporter.hospitalId, reporter.id, key);
  if (!record) return null;
  if (record.requestHash !== hash) {
    throw new ConflictError(
      'This Idempotency-Key was already used for a different report',
      '该幂等键已用于另一条报修，请重新提交',
    );
  }
  const ticket = await deps.tickets.get(reporter.hospitalId, record.ticketId);
  if (!ticket) throw new NotFoundError(`Ticket ${record.ticketId}`, `工单 ${record.ticketId} `);
  return ticket;
}
