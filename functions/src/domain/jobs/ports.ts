import type { AuditRecord } from '../admin/audit/auditRecord';
import type { NotificationIntent } from '../notifications';
import type { TicketRecord } from '../records';
import type { JobRecord, JobTemplateRecord } from './records';

/** Job templates and started jobs in the table (adapters/dynamo/jobRepository.ts, AP-380..). */
export interface JobRepository {
  listTemplates(hospitalId: string): Promise<JobTemplateRecord[]>;
  getTemplate(hospitalId: string, templateId: string): Promise<JobTemplateRecord | null>;
  /** The template with its audit entry; 'absent' for a new one, else the version it must still have (409 otherwise). */
  saveTemplate(template: JobTemplateRecord, expect: 'absent' | { version: number }, audit: AuditRecord): Promise<void>;
  getJob(hospitalId: string, jobId: string): Promise<JobRecord | null>;
  /** The job a starter's key started, if any. */
  findJobByKey(hospitalId: string, starterId: string, idempotencyKey: string): Promise<JobRecord | null>;
  /** The job and its key's record in one transaction; false when the key was taken meanwhile (a concurrent retry). */
  createJob(job: JobRecord): Promise<boolean>;
  /** The part tickets of a job (the job's parts index); consistent: each read again from the table (the GSI may lag a change just made). */
  listParts(hospitalId: string, jobId: string, options?: { consistent: boolean }): Promise<TicketRecord[]>;
  /**
   * The job finished: its status and doneAt with the starter's notification, in one transaction
   * conditioned on the job being unfinished at `expectVersion` — false when someone settled it first.
   */
  finishJob(job: JobRecord, expectVersion: number, notification: NotificationIntent | null): Promise<boolean>;
}
