import type { TicketStatus } from '../../contract/enums';
import type { JobStatus } from '../../contract/jobs';

/** A part that is finished for its job: the work is done, whether or not it was confirmed or closed. */
const FINISHED: ReadonlySet<TicketStatus> = new Set<TicketStatus>(['completed', 'confirmed', 'closed']);

export const isPartFinished = (status: TicketStatus | null): boolean => status !== null && FINISHED.has(status);

/**
 * A job's status from its parts', in the template's order (null: a part whose ticket is not open
 * yet — a start still being finished). Done when every part is finished; a cancelled part does
 * not hold the job up; every part cancelled cancels the job.
 */
export function jobStatusOf(parts: readonly (TicketStatus | null)[]): JobStatus {
  if (parts.length === 0 || parts.some((s) => s === null)) return 'open';
  const live = parts.filter((s) => s !== 'cancelled');
  if (live.length === 0) return 'cancelled';
  return live.every(isPartFinished) ? 'done' : 'open';
}

/** How many parts are finished (the list's "2/3"). */
export const finishedPartCount = (parts: readonly (TicketStatus | null)[]): number => parts.filter(isPartFinished).length;
