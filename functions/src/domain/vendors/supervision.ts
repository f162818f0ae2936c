import { NotFoundError } from '../errors';
import { notifyRoles, notifyUsers } from '../notifications';
import type { CatalogRepository, Clock, TicketRepository } from '../ports';
import type { TicketRecord, UserRecord } from '../records';
import { decideDispute, raiseDispute } from './disputes';
import { authorizeVendorAct, timezoneOf } from './inspections';
import type { DisputeRecord, ScorecardMeasure, SpotCheckRecord } from './records';
import type { SpotCheckRepository } from './spotCheckPort';
import { monthSpan, planDraw, undrawnJobs } from './spotChecks';

/** The supervision group's reads and writes per vendor and month (issue 16): draws and lists of spot checks, disputes. */
export interface SupervisionDeps {
  tickets: Pick<TicketRepository, 'get'>;
  catalog: Pick<CatalogRepository, 'getHospital'>;
  spotChecks: SpotCheckRepository;
  clock: Clock;
}

async function monthJobs(deps: SupervisionDeps, hospitalId: string, vendorId: string, month: string): Promise<TicketRecord[]> {
  const { fromIso, untilIso } = monthSpan(month, await timezoneOf(deps.catalog, hospitalId));
  return deps.spotChecks.listVendorTickets(hospitalId, vendorId, fromIso, untilIso);
}

/** A draw, or the first answer again for a request key already used (`replayed`). */
export async function drawForVendor(
  deps: SupervisionDeps,
  user: UserRecord,
  vendorId: string,
  body: { month: string; percent: number; requestKey: string },
): Promise<{ drawId: string; drawn: SpotCheckRecord[]; replayed: boolean }> {
  authorizeVendorAct(user, vendorId, 'spotCheck');
  const drawId = body.requestKey;
  const existing = await deps.spotChecks.listSpotChecks(user.hospitalId, vendorId, body.month);
  const earlier = existing.filter((c) => c.drawId === drawId);
  if (earlier.length > 0) return { drawId, drawn: earlier, replayed: true };
  const checks = planDraw({ vendorId, ...body, drawnBy: user, now: deps.clock.now() }, await monthJobs(deps, user.hospitalId, vendorId, body.month), existing);
  if ((await deps.spotChecks.putDraw(user.hospitalId, vendorId, body.month, drawId, checks)) === 'written') return { drawId, drawn: checks, replayed: false };
  // The same key a moment ago (a resend racing the first): answer what that draw wrote.
  const written = await deps.spotChecks.listSpotChecks(user.hospitalId, vendorId, body.month);
  return { drawId, drawn: written.filter((c) => c.drawId === drawId), replayed: true };
}

/** A month's checks and how many completed jobs a new draw could still take. */
export async function listForVendor(deps: SupervisionDeps, user: UserRecord, vendorId: string, month: string): Promise<{ checks: SpotCheckRecord[]; undrawnCompleted: number }> {
  authorizeVendorAct(user, vendorId, 'readScorecard');
  const [checks, jobs] = await Promise.all([deps.spotChecks.listSpotChecks(user.hospitalId, vendorId, month), monthJobs(deps, user.hospitalId, vendorId, month)]);
  return { checks: checks.sort((a, b) => a.ticketNumber.localeCompare(b.ticketNumber)), undrawnCompleted: undrawnJobs(jobs, vendorId, checks).length };
}

/** A month's disputes, and the vendor's jobs of that month a dispute may name (newest first). */
export async function listDisputesOf(deps: SupervisionDeps, user: UserRecord, vendorId: string, month: string): Promise<{ disputes: DisputeRecord[]; jobs: TicketRecord[] }> {
  authorizeVendorAct(user, vendorId, 'readScorecard');
  const [disputes, jobs] = await Promise.all([deps.spotChecks.listDisputes(user.hospitalId, vendorId, month), monthJobs(deps, user.hospitalId, vendorId, month)]);
  return { disputes: disputes.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt)), jobs: jobs.filter((t) => t.status !== 'cancelled').reverse() };
}

export type DisputeAction =
  | { action: 'raise'; month: string; ticketId: string; measure: ScorecardMeasure; reason: string }
  | { action: 'decide'; month: string; disputeId: string; accepted: boolean; reason: string };

/** raise: the vendor's manager, told to the hospital's managers; decide: a manager, once, told to whoever raised it. */
export async function actOnDispute(deps: SupervisionDeps, user: UserRecord, vendorId: string, body: DisputeAction): Promise<DisputeRecord> {
  const now = deps.clock.now();
  if (body.action === 'raise') {
    authorizeVendorAct(user, vendorId, 'raiseDispute');
    const [ticket, timezone] = await Promise.all([deps.tickets.get(user.hospitalId, body.ticketId), timezoneOf(deps.catalog, user.hospitalId)]);
    const dispute = raiseDispute({ vendorId, month: body.month, measure: body.measure, reason: body.reason, raisedBy: user, now }, ticket, timezone);
    await deps.spotChecks.raiseDispute(dispute, notifyRoles('dispute_raised', ['manager']));
    return dispute;
  }
  authorizeVendorAct(user, vendorId, 'decideDispute');
  const dispute = await deps.spotChecks.getDispute(user.hospitalId, vendorId, body.month, body.disputeId);
  if (!dispute) throw new NotFoundError(`Dispute ${body.disputeId}`, `申诉 ${body.disputeId} `);
  const decided = decideDispute(dispute, body.accepted, body.reason, user, now);
  await deps.spotChecks.decideDispute(decided, notifyUsers('dispute_decided', [dispute.raisedById]));
  return decided;
}
