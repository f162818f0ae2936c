import { notifyUsers } from '../notifications';
import type { TicketRecord } from '../records';
import type { TicketChangeRecord } from '../reports/aggregateChanges';
import { isPartFinished, jobStatusOf } from './jobStatus';
import type { JobRepository } from './ports';
import { partsInOrder } from './readJob';

export type SettleDeps = { jobs: JobRepository; clock: { now(): Date } };

/** A part ticket's change that may finish its job: it just became finished or cancelled. */
function mayFinishJob(change: TicketChangeRecord): change is TicketChangeRecord & { after: TicketRecord & { jobId: string } } {
  const after = change.after;
  if (!after?.jobId || change.before?.status === after.status) return false;
  return isPartFinished(after.status) || after.status === 'cancelled';
}

/**
 * The stream's ticket versions (the aggregator's batch) settle their jobs: when a part's change
 * leaves every part finished (or all cancelled), the job is marked so and its starter is told
 * `job_done` — in one transaction conditioned on the job still being open, so two parts
 * finishing at once, or a batch retried, tell the starter once. The parts are read consistently
 * from the table, so the last change always sees the others' finish. Returns the id of the first
 * record that failed (to retry from), or null.
 */
export async function settleJobs(deps: SettleDeps, changes: readonly TicketChangeRecord[], log: (entry: Record<string, unknown>) => void = () => undefined): Promise<string | null> {
  for (const change of changes.filter(mayFinishJob)) {
    const { hospitalId, jobId } = change.after;
    try {
      const job = await deps.jobs.getJob(hospitalId, jobId);
      if (!job || job.status !== 'open') continue;
      const statuses = partsInOrder(job, await deps.jobs.listParts(hospitalId, jobId, { consistent: true })).map((t) => t?.status ?? null);
      const status = jobStatusOf(statuses);
      if (status === 'open') continue;
      const settled = { ...job, status, doneAt: deps.clock.now().toISOString(), version: job.version + 1 };
      // All cancelled: the starter (who most likely cancelled) is not told the job is done.
      await deps.jobs.finishJob(settled, job.version, status === 'done' ? notifyUsers('job_done', [job.starterId]) : null);
    } catch (error) {
      log({ level: 'error', message: 'job settle failed; retried from this record', jobId, error: error instanceof Error ? error.message : String(error) });
      return change.id;
    }
  }
  return null;
}
