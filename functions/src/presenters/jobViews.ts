import type { Job, JobListEntry } from '../contract/jobs';
import { TicketStatus } from '../contract/enums';
import type { TicketSummary } from '../contract/tickets';
import { finishedPartCount, jobStatusOf } from '../domain/jobs/jobStatus';
import type { JobRecord } from '../domain/jobs/records';
import type { TicketRecord, UserRecord } from '../domain/records';
import { toTicketSummary } from './ticketViews';

/** The contract's view of a job: each part with its category, technician, status and clock as its ticket shows them. */
export function toJobView(job: JobRecord, parts: readonly (TicketRecord | null)[], viewer: UserRecord, now: Date): Job {
  const statuses = parts.map((t) => t?.status ?? null);
  return {
    id: job.id,
    templateId: job.templateId,
    name: job.name,
    location: { id: job.locationId, name: job.locationName, path: job.locationPath },
    note: job.note,
    status: job.status === 'open' ? jobStatusOf(statuses) : job.status,
    starter: { id: job.starterId, name: job.starterName },
    startedAt: job.startedAt,
    doneAt: job.doneAt,
    parts: job.parts.map((part, index) => {
      const ticket = parts[index] ?? null;
      const summary = ticket ? toTicketSummary(ticket, viewer, now) : null;
      return {
        index,
        categoryCode: part.categoryCode,
        description: part.description,
        ticketId: ticket?.id ?? null,
        ticketNumber: ticket?.number ?? null,
        status: ticket?.status ?? null,
        assignee: summary?.assignee ?? null,
        timeState: summary?.timeState ?? null,
      };
    }),
  };
}

/** The job as one line of its starter's list: its parts' progress. */
export function toJobListEntry(job: JobRecord, parts: readonly (TicketRecord | null)[]): JobListEntry {
  const statuses = parts.map((t) => t?.status ?? null);
  return {
    id: job.id,
    name: job.name,
    status: job.status === 'open' ? jobStatusOf(statuses) : job.status,
    partsDone: finishedPartCount(statuses),
    partsTotal: job.parts.length,
    parts: job.parts.map((p, i) => ({ categoryCode: p.categoryCode, status: statuses[i] ?? null })),
  };
}

/** Of a job's open parts, the one furthest behind: what the line's status says while it runs. */
const RUNNING_ORDER = TicketStatus.options;

function lineStatus(job: JobListEntry, statuses: readonly (TicketStatus | null)[]): TicketStatus {
  if (job.status === 'done') return 'completed';
  if (job.status === 'cancelled') return 'cancelled';
  if (statuses.some((s) => s === null)) return 'submitted';
  const live = statuses.filter((s): s is TicketStatus => s !== null && s !== 'cancelled');
  return live.reduce((behind, s) => (RUNNING_ORDER.indexOf(s) < RUNNING_ORDER.indexOf(behind) ? s : behind), live[0] ?? 'submitted');
}

/**
 * A job as a line of its starter's ticket list (GET /v1/tickets?scope=mine): a ticket summary
 * whose id is the job's (the app opens pages/job/index), its parts' progress in `job`. No clock
 * of its own: each part has one, shown on the job's page.
 */
export function toJobListLine(job: JobRecord, parts: readonly (TicketRecord | null)[], now: Date): TicketSummary {
  const entry = toJobListEntry(job, parts);
  const statuses = parts.map((t) => t?.status ?? null);
  const first = parts.find((t): t is TicketRecord => t !== null) ?? null;
  const updatedAt = parts.reduce((latest, t) => (t && t.updatedAt > latest ? t.updatedAt : latest), job.doneAt ?? job.startedAt);
  return {
    id: job.id,
    number: first?.number ?? '',
    status: lineStatus(entry, statuses),
    urgency: 'normal',
    categoryCode: job.parts[0]?.categoryCode ?? '',
    description: job.name.zh,
    descriptionHeld: false,
    location: { id: job.locationId, name: job.locationName, path: job.locationPath },
    asset: null,
    deadlines: { acceptBy: null, arriveBy: null },
    timeState: { state: 'none', kind: null, dueAt: null, overdueMinutes: 0, escalationLevel: 0, escalatesAt: null, pauseReason: null, pausedSince: null, at: now.toISOString() },
    createdAt: job.startedAt,
    updatedAt,
    channel: 'app',
    assignee: null,
    job: entry,
  };
}
