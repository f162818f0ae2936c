import type { JobStatus } from '../../contract/jobs';
import type { RoomUse } from '../../contract/enums';

/** A team's part of a template: the category its ticket gets and the words of its task. */
export interface JobPartRecord {
  categoryCode: string;
  description: { zh: string; en: string };
}

/** A multi-team job template (e.g. 手术室术后整理): edited by the admin, offered at places of some room uses. */
export interface JobTemplateRecord {
  hospitalId: string;
  id: string;
  name: { zh: string; en: string };
  parts: JobPartRecord[];
  /** Empty: offered at every place. */
  offeredAt: RoomUse[];
  version: number;
  retired: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A started job: the template as it was when started (a later edit changes no running job), the
 * place, who started it. Its parts are ordinary tickets (TicketRecord.jobId) found by the job's
 * parts index; `status` is settled from them by the stream (settleJob.ts), `doneAt` once.
 */
export interface JobRecord {
  hospitalId: string;
  id: string;
  templateId: string;
  name: { zh: string; en: string };
  parts: JobPartRecord[];
  locationId: string;
  locationName: string;
  locationPath: string[];
  note: string;
  starterId: string;
  starterName: string;
  /** The starter's key: a retry with it finishes this job. */
  idempotencyKey: string;
  startedAt: string;
  status: JobStatus;
  /** When the last part finished (done or all cancelled): set once, with the job_done notification. */
  doneAt: string | null;
  version: number;
}
