import { ulid } from 'ulid';
import type { StartJobBody } from '../../contract/jobs';
import type { CreateTicketBody } from '../../contract/tickets';
import { checkLabel, resolvePlace, type Place } from '../catalog/resolvePlace';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { can } from '../policy/can';
import type { TicketRecord, UserRecord } from '../records';
import { createTicket, type CreateTicketDeps } from '../tickets/createTicket';
import type { JobRepository } from './ports';
import type { JobRecord } from './records';
import { isOfferedAt } from './templates';

export type JobDeps = CreateTicketDeps & { jobs: JobRepository };

/** A ticket's description bound (contract/tickets.ts). */
const DESCRIPTION_MAX = 500;

/** The key that makes part `index` of a job open one ticket, whatever retries. */
export const partTicketKey = (jobId: string, index: number): string => `job-${jobId}-${index}`;

/** "术后清洁消毒（备注：第 2 台）": the part's task, and the starter's note when there is one. */
export function partDescription(part: JobRecord['parts'][number], note: string): string {
  return (note ? `${part.description.zh}（备注：${note}）` : part.description.zh).slice(0, DESCRIPTION_MAX);
}

async function placeOf(deps: JobDeps, hospitalId: string, body: StartJobBody): Promise<Place> {
  let locationId = body.locationId;
  if (body.qrCode) {
    const qr = await deps.catalog.getQrCode(hospitalId, body.qrCode);
    if (!qr) throw new NotFoundError(`QR code ${body.qrCode}`, `二维码 ${body.qrCode} `);
    checkLabel(qr);
    // A device's label starts the job in the device's room.
    locationId = qr.locationId;
  }
  return resolvePlace((wanted) => deps.catalog.getPlaceParts(hospitalId, wanted), { locationId: locationId! });
}

/** The job of this key, or a new one for the template at the place (not yet its parts). */
async function jobOfKey(deps: JobDeps, starter: UserRecord, body: StartJobBody): Promise<{ job: JobRecord; replayed: boolean }> {
  const hospitalId = starter.hospitalId;
  const earlier = await deps.jobs.findJobByKey(hospitalId, starter.id, body.idempotencyKey);
  if (earlier) return { job: sameRequest(earlier, body), replayed: true };
  const [template, place] = await Promise.all([deps.jobs.getTemplate(hospitalId, body.templateId), placeOf(deps, hospitalId, body)]);
  if (!template || template.retired) throw new NotFoundError(`Job template ${body.templateId}`, `协同任务模板 ${body.templateId} `);
  if (!isOfferedAt(template, place.location.roomUse)) {
    throw new ForbiddenError(`${template.name.en} is not offered at ${place.location.name}`, `${place.location.name} 不提供「${template.name.zh}」`);
  }
  const now = deps.clock.now();
  const job: JobRecord = {
    hospitalId,
    id: ulid(now.getTime()),
    templateId: template.id,
    name: template.name,
    parts: template.parts,
    locationId: place.location.id,
    locationName: place.location.name,
    locationPath: place.path.map((l) => l.name),
    note: body.note ?? '',
    starterId: starter.id,
    starterName: starter.name,
    idempotencyKey: body.idempotencyKey,
    startedAt: now.toISOString(),
    status: 'open',
    doneAt: null,
    version: 1,
  };
  if (await deps.jobs.createJob(job)) return { job, replayed: false };
  // A concurrent retry with the same key created it first: finish that one.
  const winner = await deps.jobs.findJobByKey(hospitalId, starter.id, body.idempotencyKey);
  if (!winner) throw new ConflictError('The job is being started by another request; try again', '该协同任务正在发起中，请稍后重试');
  return { job: sameRequest(winner, body), replayed: true };
}

function sameRequest(job: JobRecord, body: StartJobBody): JobRecord {
  if (job.templateId !== body.templateId) throw new ConflictError('This idempotency key already started another job', '该幂等键已用于另一个协同任务，请重新发起');
  return job;
}

/**
 * Start a multi-team job (一呼百应): the job, then ONE ordinary ticket per part through the
 * ordinary report — the part's category, its own SLA clock and dispatch, the starter as its
 * reporter — linked to the job. The desk starts one at any place; anyone else at a label they
 * scanned, as reports are made. Each part's key is derived from the job, so a retry with the
 * same key opens only what a crash or a lost answer left unopened, never a second ticket.
 */
export async function startJob(deps: JobDeps, starter: UserRecord, body: StartJobBody): Promise<{ job: JobRecord; parts: TicketRecord[]; replayed: boolean }> {
  // The desk (who also reports for callers) starts a job anywhere; others at a label.
  if (!body.qrCode && !can(starter, 'reportForCaller', null)) {
    throw new ForbiddenError('Start a job by scanning the QR label of the place', '请扫描现场二维码发起协同任务');
  }
  const { job, replayed } = await jobOfKey(deps, starter, body);
  const parts: TicketRecord[] = [];
  // One after another: each report takes the starter's limit counters, which a parallel start would make contend.
  for (const [index, part] of job.parts.entries()) {
    const ticketBody: CreateTicketBody = {
      locationId: job.locationId,
      categoryCode: part.categoryCode,
      description: partDescription(part, job.note),
      urgency: 'normal',
      photoKeys: [],
      // The parts share a place, and a room being turned over may well have another open report.
      notADuplicate: true,
    };
    const { ticket } = await createTicket(deps, starter, ticketBody, partTicketKey(job.id, index), { jobId: job.id, jobPartIndex: index });
    parts.push(ticket);
  }
  return { job, parts, replayed };
}
