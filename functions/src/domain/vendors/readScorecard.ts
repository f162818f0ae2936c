import type { Scorecard, VendorJob, VendorJobPage } from '../../contract/scorecard';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { hospitalOf } from '../planned/readMeasures';
import { MAX_MONTH_ORDERS, type PlannedReportRepository } from '../planned/reportPort';
import { can, type VendorAct } from '../policy/can';
import type { CatalogRepository } from '../ports';
import type { TicketRecord, UserRecord } from '../records';
import { resolvePeriod } from '../reports/period';
import type { DisputeRecord, VendorRecord } from './records';
import { metOnTime, scorecardOf } from './scorecard';
import { MAX_SCORECARD_TICKETS, type MonthInstants, type ScorecardReads, type VendorLookup } from './scorecardPort';

export interface ScorecardDeps {
  catalog: Pick<CatalogRepository, 'getHospital'>;
  vendors: VendorLookup;
  scorecardReads: ScorecardReads;
  plannedReports: Pick<PlannedReportRepository, 'listMonthOrders'>;
}

/** The vendor a user may read for `act` (the policy decides: the hospital's readers, or the vendor's own manager). */
async function vendorFor(deps: Pick<ScorecardDeps, 'vendors'>, user: UserRecord, vendorId: string, act: VendorAct): Promise<VendorRecord> {
  if (!can(user, 'vendor', { vendorId, act })) throw new ForbiddenError('Not your vendor’s scorecard or jobs', '无权查看该外包单位的考核或工单');
  const vendor = await deps.vendors.get(user.hospitalId, vendorId);
  if (!vendor) throw new NotFoundError(`Vendor ${vendorId}`, `外包单位 ${vendorId} `);
  return vendor;
}

/** The month's instants in the hospital's zone (a month not yet begun is refused, 400). */
function monthInstants(month: string, now: Date, timezone: string): MonthInstants {
  const period = resolvePeriod({ month }, now, timezone);
  return { startsAt: period.startsAt, endsAt: period.endsAt };
}

/** The scorecard and the tickets behind it (the Excel writes both). */
export interface ScorecardWithTickets {
  scorecard: Scorecard;
  tickets: TicketRecord[];
  disputes: DisputeRecord[];
  timezone: string;
}

/** GET /v1/vendors/{vendorId}/scorecard: AP-320 (bounded), AP-322, AP-323 and AP-209, measured as of now. */
export async function readScorecard(deps: ScorecardDeps, user: UserRecord, vendorId: string, month: string, now: Date): Promise<ScorecardWithTickets> {
  const [vendor, hospital] = await Promise.all([vendorFor(deps, user, vendorId, 'readScorecard'), hospitalOf(deps, user.hospitalId)]);
  const instants = monthInstants(month, now, hospital.timezone);
  const [read, spotChecks, disputes, orders] = await Promise.all([
    deps.scorecardReads.listMonthTickets(user.hospitalId, vendorId, instants, MAX_SCORECARD_TICKETS),
    deps.scorecardReads.listSpotChecks(user.hospitalId, vendorId, month),
    deps.scorecardReads.listDisputes(user.hospitalId, vendorId, month),
    deps.plannedReports.listMonthOrders(user.hospitalId, month, MAX_MONTH_ORDERS),
  ]);
  if (read.overLimit) {
    throw new ConflictError(
      `The vendor has more than ${MAX_SCORECARD_TICKETS} jobs this month: a scorecard measures at most that many`,
      `该外包单位本月工单超过 ${MAX_SCORECARD_TICKETS} 张，无法生成考核表`,
    );
  }
  const scorecard = scorecardOf({ vendor, month, timezone: hospital.timezone, now, tickets: read.tickets, workOrders: orders.orders, spotChecks, disputes });
  return { scorecard, tickets: read.tickets, disputes, timezone: hospital.timezone };
}

/** One of the vendor's jobs for its manager and the hospital: what the job was and how it went, no personal data. */
export function toVendorJob(t: TicketRecord, now: Date): VendorJob {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    urgency: t.urgency,
    categoryCode: t.categoryCode,
    locationName: t.locationName,
    locationPath: t.locationPath,
    assigneeName: t.assigneeName,
    createdAt: t.createdAt,
    acceptedOnTime: metOnTime(t.acceptedAt, t.acceptBy, now),
    arrivedOnTime: metOnTime(t.firstArrivedAt ?? t.arrivedAt, t.arriveBy, now),
    completedAt: t.completedAt,
    reopenCount: t.reopenCount,
    ratingScore: t.rating?.score ?? null,
    complaint: t.complaint !== null,
  };
}

/** GET /v1/vendors/{vendorId}/tickets: the vendor's jobs of a month, newest first, a page at a time (AP-321). */
export async function listVendorJobs(
  deps: Omit<ScorecardDeps, 'plannedReports'>,
  user: UserRecord,
  vendorId: string,
  query: { month: string; cursor?: string | undefined },
  now: Date,
): Promise<VendorJobPage> {
  const [, hospital] = await Promise.all([vendorFor(deps, user, vendorId, 'readJobs'), hospitalOf(deps, user.hospitalId)]);
  const page = await deps.scorecardReads.pageMonthTickets(user.hospitalId, vendorId, monthInstants(query.month, now, hospital.timezone), { limit: 50, cursor: query.cursor });
  return { items: page.tickets.map((t) => toVendorJob(t, now)), nextCursor: page.nextCursor };
}
