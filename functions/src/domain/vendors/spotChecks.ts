import { randomInt } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';
import type { TicketStatus } from '../../contract/enums';
import { actingRole } from '../access';
import { ConflictError, NotFoundError } from '../errors';
import type { TicketRecord, UserRecord } from '../records';
import { authorize } from '../tickets/lifecycle';
import { transition, type LifecycleContext, type TicketChange } from '../tickets/transition';
import type { SpotCheckRecord } from './records';

/**
 * 质检抽查 (issue 16, seed 004's supervision group): a manager draws a random sample of a vendor's
 * completed jobs of a month, inspects them on site and records pass or fail. A fail reopens the job
 * to the same technician (the lifecycle's failSpotCheck) and counts on the vendor's scorecard.
 */

/** The jobs a draw samples from: done by the vendor, whether or not the reporter confirmed or the desk closed them. */
export const INSPECTABLE_STATUSES: readonly TicketStatus[] = ['completed', 'confirmed', 'closed'];
/** One draw is one transaction of its checks and its marker: at most this many jobs at a time. */
export const MAX_JOBS_PER_DRAW = 99;

/** The calendar month (yyyy-MM) of an instant in the hospital's zone: the scorecard month of a job created then. */
export function monthOf(iso: string, timezone: string): string {
  return format(new TZDate(new Date(iso), timezone), 'yyyy-MM');
}

/** A month's instants in the hospital's zone, as UTC ISO strings: from its first moment up to (not including) the next month's. */
export function monthSpan(month: string, timezone: string): { fromIso: string; untilIso: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const start = new TZDate(year, monthNumber - 1, 1, timezone);
  return { fromIso: new Date(start.getTime()).toISOString(), untilIso: new Date(addMonths(start, 1).getTime()).toISOString() };
}

/** How many of `available` jobs a draw of `percent` takes: the percentage rounded up, at least one (none of none). */
export function drawSize(percent: number, available: number): number {
  if (available <= 0) return 0;
  // Integer arithmetic: 5 % of 40 is exactly 2, never 2.0000000001 rounded up to 3.
  const roundedUp = Math.floor((available * percent + 99) / 100);
  return Math.min(available, Math.max(1, roundedUp));
}

/** `k` distinct items picked uniformly at random (a partial Fisher–Yates shuffle); `randomIndex(n)` is in 0..n-1. */
export function sample<T>(items: readonly T[], k: number, randomIndex: (n: number) => number = (n) => randomInt(n)): T[] {
  const pool = [...items];
  const count = Math.min(k, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + randomIndex(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export interface DrawRequest {
  vendorId: string;
  month: string;
  percent: number;
  /** The caller's key: a retry with it draws nothing new and answers the first draw's checks. */
  requestKey: string;
  drawnBy: UserRecord;
  now: Date;
}

/** The jobs of a month a new draw may take: inspectable, the vendor's own, and never drawn before. */
export function undrawnJobs(monthJobs: readonly TicketRecord[], vendorId: string, existing: readonly SpotCheckRecord[]): TicketRecord[] {
  const drawn = new Set(existing.map((c) => c.ticketId));
  return monthJobs.filter((t) => t.vendorId === vendorId && INSPECTABLE_STATUSES.includes(t.status) && !drawn.has(t.id));
}

/**
 * A new draw's checks. Each check's id is its job's ticket id, so a job is drawn at most once
 * (the repository writes each with a "not there yet" condition). Throws 409 when nothing is
 * left to draw or the sample would not fit one draw.
 */
export function planDraw(
  request: DrawRequest,
  monthJobs: readonly TicketRecord[],
  existing: readonly SpotCheckRecord[],
  randomIndex?: (n: number) => number,
): SpotCheckRecord[] {
  const candidates = undrawnJobs(monthJobs, request.vendorId, existing);
  const size = drawSize(request.percent, candidates.length);
  if (size === 0) {
    throw new ConflictError(
      `No completed job of ${request.month} is left to draw`,
      `${request.month} 没有可抽查的已完成工单（或均已抽过）`,
    );
  }
  if (size > MAX_JOBS_PER_DRAW) {
    throw new ConflictError(
      `A draw takes at most ${MAX_JOBS_PER_DRAW} jobs (this one would take ${size}); lower the percentage`,
      `一次最多抽查 ${MAX_JOBS_PER_DRAW} 单（本次将抽 ${size} 单），请调低比例`,
    );
  }
  const at = request.now.toISOString();
  return sample(candidates, size, randomIndex).map((t) => ({
    hospitalId: t.hospitalId,
    id: t.id,
    vendorId: request.vendorId,
    drawId: request.requestKey,
    month: request.month,
    ticketId: t.id,
    ticketNumber: t.number,
    drawnAt: at,
    drawnById: request.drawnBy.id,
    status: 'pending',
    inspectedAt: null,
    inspectedById: null,
    note: null,
    photoKeys: [],
  }));
}

export interface Inspection {
  note: string | null;
  /** Kept photo keys (already attached: domain/photos/attachPhotos.ts). */
  photoKeys: string[];
}

function inspected(check: SpotCheckRecord, status: 'passed' | 'failed', user: UserRecord, now: Date, inspection: Inspection): SpotCheckRecord {
  if (check.status !== 'pending') {
    throw new ConflictError('This spot check has been recorded already', '该抽查已记录结果，不能重复记录');
  }
  return { ...check, status, inspectedAt: now.toISOString(), inspectedById: user.id, note: inspection.note, photoKeys: inspection.photoKeys };
}

/** A pass records only the check. */
export function passSpotCheck(check: SpotCheckRecord, user: UserRecord, now: Date, inspection: Inspection): SpotCheckRecord {
  return inspected(check, 'passed', user, now, inspection);
}

/**
 * A fail: the check, and the job reopened to the same technician (the lifecycle's failSpotCheck,
 * from completed, confirmed or closed), its event carrying the note and the photos; the
 * technician and the vendor's managers are told. Both are written in one transaction.
 */
export function failSpotCheck(
  ctx: LifecycleContext,
  ticket: TicketRecord,
  check: SpotCheckRecord | null,
  user: UserRecord,
  inspection: Inspection & { note: string },
  vendorManagerIds: readonly string[],
): { check: SpotCheckRecord; change: TicketChange } {
  authorize(user, ticket, 'failSpotCheck');
  if (!check) throw new ConflictError('This job was not drawn for a spot check', '该工单未被抽查，不能记录抽查不合格');
  const failed = inspected(check, 'failed', user, ctx.now, inspection);
  const change = transition(
    ctx,
    ticket,
    { id: user.id, name: user.name, role: actingRole(user, ticket) },
    'failSpotCheck',
    'reopened',
    {},
    { note: inspection.note, data: { cause: 'spot_check_failed', spotCheckId: check.id, photoKeys: inspection.photoKeys }, vendorManagerIds },
  );
  return { check: failed, change };
}

/** The check of a vendor's job, or 404 when the job is not a vendor's. */
export function vendorOf(ticket: TicketRecord): string {
  if (!ticket.vendorId) throw new NotFoundError(`Spot check ${ticket.id}`, `抽查 ${ticket.id} `);
  return ticket.vendorId;
}
