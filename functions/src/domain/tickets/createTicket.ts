import { ulid } from 'ulid';
import type { CreateTicketBody } from '../../contract/tickets';
import { ConflictError, DuplicateTicketError, ForbiddenError, InvalidError, NotFoundError } from '../errors';
import { can } from '../policy/can';
import { IdempotencyKeyTakenError, type CatalogRepository, type Clock, type ContentChecker, type LabelScanRepository, type PhotoStore, type ShiftRepository, type TicketRepository, type UserRepository } from '../ports';
import { assertMayReportAt, scannedByReporter } from '../catalog/labelScans';
import { attachOwnUploadedPhotos } from '../photos/attachPhotos';
import type { IdempotencyRecord, QrCodeRecord, TicketRecord, UserRecord } from '../records';
import { checkLabel, firstPlaceIds, resolvePlace, type PlaceRef } from '../catalog/resolvePlace';
import { actingRole, onSameSide } from '../access';
import { requestHash } from './requestHash';
import { formatTicketNumber, hospitalDay } from './ticketNumber';
import { effectiveUrgency } from './clinicalUrgency';
import { unstartedTicketFields } from './unstartedTicket';
import { DEFAULT_LIFECYCLE_POLICY, type LifecyclePolicy } from './policy';
import { autoAssign } from './lifecycle';
import { isPossibleDuplicate } from './possibleDuplicates';
import { report } from './transition';
import { onShiftAt, type OnShiftCheck } from '../dispatch/rota';
import { rankCandidates } from '../dispatch/candidates';
import { burstOf, chargeReport, guardReport, limitCountersToRead } from '../limits/reportGuards';
import { mayRaiseEmergency } from '../policy/can';
import type { VendorRepository } from '../vendors/ports';
import { vendorOfReport } from '../vendors/stamp';
import type { IncidentRepository } from '../incidents/ports';
import { incidentOfReport } from '../incidents/linking';
import { submissionLink } from '../incidents/commands';

const IDEMPOTENCY_KEEP_SECONDS = 24 * 3600;
// A timeline note the reporter reads too: Chinese, no internal wording.
const CONTENT_HELD_NOTE = '内容待服务台审核';
const MINUTE_MS = 60_000;

export interface CreateTicketDeps {
  catalog: CatalogRepository;
  tickets: TicketRepository;
  users: UserRepository;
  shifts: ShiftRepository;
  labelScans: LabelScanRepository;
  clock: Clock;
  photos: PhotoStore;
  /** Null where content checking is off. */
  contentChecker: ContentChecker | null;
  /** The vendor register: a report is stamped with the vendor whose contract covers it (issue 16). */
  vendors: VendorRepository;
  /** The open major incidents' markers (issue 16): a report about one is linked to it. */
  incidents: Pick<IncidentRepository, 'listOpenMarkers'>;
}

export interface CreatedTicket {
  ticket: TicketRecord;
  /** True when this was a retry answered with the ticket the first attempt made. */
  replayed: boolean;
}

/**
 * Report a fault. The Idempotency-Key makes a retry (a lost answer on a weak ward signal)
 * return the ticket the first attempt made, never a second ticket.
 *
 * Three round trips to the table on the way of a report: (1) one BatchGetItem of everything the
 * report names (idempotency record, hospital, category, label or location and device); (2) at
 * once, the rest of the place (its ancestors, in one BatchGetItem), the duplicate check, the
 * day's ticket number, the vendor register (AP-301: the report's vendor and its service level)
 * and, for auto/grab dispatch, the technicians; (3) one transaction.
 */
export async function createTicket(
  deps: CreateTicketDeps,
  reporter: UserRecord,
  body: CreateTicketBody,
  idempotencyKey: string,
  /** A corrective ticket's planned work order (domain/planned/correctiveTicket.ts), or a multi-team job's part (domain/jobs/startJob.ts). */
  from?: { workOrderId: string; workOrderNumber: string } | { jobId: string; jobPartIndex: number },
): Promise<CreatedTicket> {
  const hospitalId = reporter.hospitalId;
  const forCaller = checkCallerReport(reporter, body);
  const hash = requestHash(body);
  // S3, not the table: the photos are copied and checked while the first read runs. A replay
  // answers with the copies its first attempt kept, and a report refused later leaves its copies
  // unreferenced (never shown; rare enough not to cost a round of deletes on every refusal).
  const photosKept = attachOwnUploadedPhotos(deps, reporter, body.photoKeys).then((keys) => ({ keys }), (error: unknown) => ({ error }));
  const firstIds = body.qrCode ? firstPlaceIds({}) : firstPlaceIds(body);
  const limitsRead = limitCountersToRead(reporter, deps.clock.now());
  // A guest reports only at a label they scanned: that scan is read beside the first read.
  const [first, scanned] = await Promise.all([
    deps.tickets.readForReport(hospitalId, {
      limitCharges: limitsRead,
      idempotency: { userId: reporter.id, key: idempotencyKey },
      categoryCode: body.categoryCode,
      ...(body.qrCode ? { qrCode: body.qrCode } : {}),
      place: firstIds,
    }),
    scannedByReporter(deps.labelScans, reporter, body.qrCode, deps.clock.now()),
  ]);
  assertMayReportAt(reporter, body.qrCode, scanned);
  if (first.idempotency) return { ticket: await replayedTicket(deps, reporter, first.idempotency, hash), replayed: true };
  const kept = await photosKept;
  if ('error' in kept) throw kept.error;

  const { hospital, category } = first;
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  if (!category) {
    throw new InvalidError('Unknown category', '报修类别不存在', [
      { field: 'categoryCode', code: 'unknown_category', message: `No category ${body.categoryCode}`, messageZh: `没有类别「${body.categoryCode}」` },
    ]);
  }
  const ref = placeRef(body, first.qr);
  if (body.qrCode && body.assetId && 'qr' in ref && body.assetId !== ref.qr.assetId) {
    throw new InvalidError('The device does not match the scanned code', '设备与所扫二维码不符', [
      { field: 'assetId', code: 'asset_mismatch', message: 'Leave assetId out when reporting by QR code', messageZh: '扫码报修时无需另选设备' },
    ]);
  }

  const now = deps.clock.now();
  // Refused (429) before anything is written when a limit window is already full.
  const charges = chargeReport(reporter, hospital, now, limitsRead, first.limitCounts);
  const burst = burstOf(hospital, 'qr' in ref ? ref.qr.locationId : ref.locationId, category.code, now);
  const day = hospitalDay(now, hospital.timezone);
  const categoryMode = category.dispatchMode ?? 'manual';
  // Second round: everything that needs only what the first read found, at once. A report that
  // fails here (a duplicate, a vanished room) leaves a gap in the day's numbers, never a reuse.
  const [place, possibleDuplicates, sequence, staffTechnicians, verdict, burstCounter, calledBy, onShift, vendors, openIncidents] = await Promise.all([
    resolvePlace((wanted) => deps.catalog.getPlaceParts(hospitalId, wanted), ref, first, firstIds),
    body.notADuplicate ? Promise.resolve([]) : openTicketsAt(deps.tickets, hospitalId, duplicateScope(ref)),
    deps.tickets.nextDailyNumber(hospitalId, day),
    categoryMode === 'manual' ? Promise.resolve([]) : deps.users.listUsers(hospitalId).then((users) => users.filter((u) => u.roles.includes('technician'))),
    // Flagged text waits for the desk: nobody is sent, and it is never rejected silently.
    deps.contentChecker && reporter.openid ? deps.contentChecker.check(body.description, reporter.openid) : Promise.resolve(null),
    deps.tickets.readBurstCounter(hospitalId, burst),
    callerUser(deps.users, hospitalId, body.reporterId),
    // Auto and grab dispatch rank and offer by who is on shift now, by the rota (AP-150).
    categoryMode === 'manual' ? Promise.resolve(null) : onShiftAt(deps.shifts, hospitalId, now, hospital.timezone),
    deps.vendors.list(hospitalId),
    // The open major incidents (one small Query of their markers, AP-363).
    deps.incidents.listOpenMarkers(hospitalId),
  ]);
  const incident = incidentOfReport(openIncidents, { categoryCode: category.code, locationId: place.location.id, locationAncestorIds: place.location.ancestorIds });
  if (!body.notADuplicate) {
    // A device label whose device is gone reports the room: check the room as the place says.
    const open = 'qr' in ref && ref.qr.assetId && !place.asset ? await openTicketsAt(deps.tickets, hospitalId, { locationId: place.location.id }) : possibleDuplicates;
    const fault = { locationId: place.location.id, assetId: place.asset?.id ?? null, categoryCode: category.code };
    const existing = open.find((t) => isPossibleDuplicate(fault, t));
    if (existing) {
      // The open ticket may be this very request's, made by a concurrent retry with the same key.
      const raced = await replay(deps, reporter, idempotencyKey, hash);
      if (raced) return { ticket: raced, replayed: true };
      throw new DuplicateTicketError({ id: existing.id, number: existing.number, status: existing.status });
    }
  }

  const createdAt = now.toISOString();
  const raised = effectiveUrgency(body.urgency, place);
  const stamp = vendorOfReport(vendors, category, place.location, raised.urgency, day);
  const policy = { ...DEFAULT_LIFECYCLE_POLICY, ...hospital.policy };
  const contentReview = verdict && verdict.suggest !== 'pass' ? { suggest: verdict.suggest, label: verdict.label } : null;
  const mode = contentReview ? 'manual' : categoryMode;
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
    photoKeys: kept.keys,
    contactPhone: body.contactPhone ?? body.caller?.phone ?? null,
    channel: forCaller ? (body.channel ?? 'phone') : 'app',
    caller: body.caller ? { name: body.caller.name, phone: body.caller.phone, department: body.caller.department ?? null } : null,
    // A caller who is a user of the hospital owns the ticket (their list, their notifications); else the desk does.
    reporterId: (calledBy ?? reporter).id,
    reporterName: (calledBy ?? reporter).name,
    // The desk's own phone is not the caller's: only a reporter who is the user themselves.
    reporterPhone: forCaller && !calledBy ? null : (calledBy ?? reporter).phone,
    reporterDepartment: body.caller?.department ?? (calledBy ?? reporter).department,
    createdAt,
    updatedAt: createdAt,
    acceptBy: new Date(now.getTime() + stamp.acceptMinutes * MINUTE_MS).toISOString(),
    arriveBy: new Date(now.getTime() + stamp.arriveMinutes * MINUTE_MS).toISOString(),
    vendorId: stamp.vendorId,
    ...unstartedTicketFields(),
    inGrabPool: mode === 'grab',
    lastNote: contentReview ? CONTENT_HELD_NOTE : raised.reason,
    contentReview,
    emergencyPending: raised.urgency === 'emergency' && !mayRaiseEmergency(reporter),
    ...(from && 'workOrderId' in from ? { workOrderId: from.workOrderId, workOrderNumber: from.workOrderNumber } : {}),
    ...(from && 'jobId' in from ? { jobId: from.jobId, jobPartIndex: from.jobPartIndex } : {}),
    // A report about an open major incident: linked, and it pages nobody again (the lifecycle's notInIncident).
    ...(incident ? { incidentId: incident.incidentId } : {}),
  };
  // A vendor's job goes only to its technicians, an in-house one only to the hospital's (issue 16).
  const technicians = staffTechnicians.filter((u) => onSameSide(u, draft));
  const offeredTo = mode === 'grab' && onShift ? technicians.filter((u) => u.skills.includes(category.code) && onShift(u)).map((u) => u.id) : [];
  const actor = { id: reporter.id, name: reporter.name, role: actingRole(reporter, draft) };
  const reported = report({ now, policy }, draft, actor, {
    note: contentReview ? CONTENT_HELD_NOTE : raised.reason,
    data: raised.reason ? { reportedUrgency: body.urgency, urgency: raised.urgency } : null,
    offeredTo,
    dispatchMode: mode,
  });
  const { ticket, event } = reported;
  const guarded = guardReport(hospital, charges, burst, burstCounter, ticket, category, reported.notifications);
  const { notifications } = guarded;
  const guards = incident ? { ...guarded.guards, incidentLink: submissionLink(incident.incidentId, ticket) } : guarded.guards;
  try {
    await deps.tickets.create(ticket, event, {
      hospitalId,
      userId: reporter.id,
      key: idempotencyKey,
      requestHash: hash,
      ticketId: ticket.id,
      expiresAtEpoch: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_KEEP_SECONDS,
    }, notifications, guards);
  } catch (error) {
    // A concurrent retry with the same key won the race: answer with its ticket.
    if (error instanceof IdempotencyKeyTakenError) {
      const winner = await replay(deps, reporter, idempotencyKey, hash);
      if (winner) return { ticket: winner, replayed: true };
    }
    throw error;
  }
  if (mode === 'auto' && onShift) return { ticket: await autoDispatch(deps, ticket, technicians, { timezone: hospital.timezone, onShift }, policy, now), replayed: false };
  return { ticket, replayed: false };
}

/** A report for someone else (a channel, a caller or a reporter named) is the desk's to enter. */
function checkCallerReport(user: UserRecord, body: CreateTicketBody): boolean {
  const forCaller = (body.channel ?? 'app') !== 'app' || body.caller !== undefined || body.reporterId !== undefined;
  if (forCaller && !can(user, 'reportForCaller', null)) {
    throw new ForbiddenError('Only the service desk enters reports for callers', '仅服务台可代为登记报修');
  }
  return forCaller;
}

async function callerUser(users: UserRepository, hospitalId: string, reporterId: string | undefined): Promise<UserRecord | null> {
  if (reporterId === undefined) return null;
  const user = await users.getUser(hospitalId, reporterId);
  if (!user || user.retired) {
    throw new InvalidError('Unknown reporter', '报修人不存在', [
      { field: 'reporterId', code: 'unknown_user', message: `No user ${reporterId}`, messageZh: `没有用户「${reporterId}」` },
    ]);
  }
  return user;
}

function placeRef(body: CreateTicketBody, qr: QrCodeRecord | null): PlaceRef {
  if (!body.qrCode) return { locationId: body.locationId!, ...(body.assetId ? { assetId: body.assetId } : {}) };
  if (!qr) throw new NotFoundError(`QR code ${body.qrCode}`, `二维码 ${body.qrCode} `);
  checkLabel(qr);
  // A room label with a device picked from the room's devices: the device must be in that room.
  if (body.assetId && !qr.assetId) return { locationId: qr.locationId, assetId: body.assetId };
  return { qr };
}

/** Where to look for an open report of the same fault, from what the first read knows. */
function duplicateScope(ref: PlaceRef): { assetId: string } | { locationId: string } {
  const assetId = 'qr' in ref ? ref.qr.assetId : ref.assetId;
  if (assetId) return { assetId };
  return { locationId: 'qr' in ref ? ref.qr.locationId : ref.locationId };
}

/** Open tickets of the device, or at the room; `isPossibleDuplicate` says which of them count. */
function openTicketsAt(tickets: TicketRepository, hospitalId: string, scope: { assetId: string } | { locationId: string }): Promise<TicketRecord[]> {
  return 'assetId' in scope ? tickets.listOpenForAsset(hospitalId, scope.assetId) : tickets.listOpenAtLocation(hospitalId, scope.locationId);
}

/** Auto-dispatch: the top candidate gets the job at once; the desk sees it in the queue and can reassign. */
async function autoDispatch(
  deps: CreateTicketDeps,
  ticket: TicketRecord,
  technicians: UserRecord[],
  shiftsNow: { timezone: string; onShift: OnShiftCheck },
  policy: LifecyclePolicy,
  now: Date,
): Promise<TicketRecord> {
  const workloads = new Map(await Promise.all(technicians.map(async (u) => [u.id, await deps.tickets.countOpenByAssignee(ticket.hospitalId, u.id)] as const)));
  const [top] = rankCandidates(ticket, { technicians, openJobsOf: (id) => workloads.get(id) ?? 0, now, ...shiftsNow });
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
  return record ? replayedTicket(deps, reporter, record, hash) : null;
}

async function replayedTicket(deps: CreateTicketDeps, reporter: UserRecord, record: IdempotencyRecord, hash: string): Promise<TicketRecord> {
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
