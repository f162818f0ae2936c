import { NotFoundError } from '../errors';
import { can } from '../policy/can';
import type { TicketRecord, UserRecord } from '../records';
import type { JobRepository } from './ports';
import type { JobRecord } from './records';

/** Each of the job's parts with its ticket, in the template's order (null: not opened yet). */
export function partsInOrder(job: JobRecord, tickets: readonly TicketRecord[]): (TicketRecord | null)[] {
  const byIndex = new Map(tickets.filter((t) => t.jobId === job.id).map((t) => [t.jobPartIndex ?? -1, t]));
  return job.parts.map((_, i) => byIndex.get(i) ?? null);
}

/**
 * A job and its parts, for its starter or anyone who may see one of its part tickets (the desk,
 * a part's technician); anyone else hears 404, as for a ticket.
 */
export async function readJob(jobs: JobRepository, user: UserRecord, jobId: string): Promise<{ job: JobRecord; parts: (TicketRecord | null)[] }> {
  const job = await jobs.getJob(user.hospitalId, jobId);
  const tickets = job ? await jobs.listParts(user.hospitalId, jobId) : [];
  if (!job || (job.starterId !== user.id && !tickets.some((t) => can(user, 'view', t)))) throw new NotFoundError(`Job ${jobId}`, `协同任务 ${jobId} `);
  return { job, parts: partsInOrder(job, tickets) };
}
