import * as z from 'zod/mini';
import { FreeText, Id, IsoDateTime } from './common';
import { QrCode } from './catalog';
import { CategoryCode } from './admin';
import { RoomUse, TicketStatus } from './enums';
import { IdempotencyKeyValue, JobStatus, PersonRef, TimeStateView } from './tickets';

export { JobListEntry, JobStatus } from './tickets';

/*
 * Multi-team jobs (一呼百应, issue 16 part JOBS): a template names the teams' parts; starting it
 * opens one ordinary ticket per part, and the starter follows them as one job.
 */

export const JOB_PARTS_MIN = 2;
export const JOB_PARTS_MAX = 8;

const TemplateName = z.object({ zh: FreeText({ max: 40 }), en: FreeText({ max: 40 }) });
const PartText = z.object({ zh: FreeText({ max: 200 }), en: FreeText({ max: 200 }) });

export const JobTemplatePart = z.object({ categoryCode: CategoryCode, description: PartText });
export type JobTemplatePart = z.infer<typeof JobTemplatePart>;

const TemplateFields = {
  name: TemplateName,
  parts: z.array(JobTemplatePart).check(z.minLength(JOB_PARTS_MIN), z.maxLength(JOB_PARTS_MAX)),
  /** The room uses whose labels offer it (e.g. operating_theatre); empty: every place. */
  offeredAt: z.array(RoomUse).check(z.maxLength(RoomUse.options.length)),
};
export const CreateJobTemplateBody = z.object(TemplateFields);
export type CreateJobTemplateBody = z.infer<typeof CreateJobTemplateBody>;
export const UpdateJobTemplateBody = z.object({ ...TemplateFields, version: z.int().check(z.minimum(0)) });
export type UpdateJobTemplateBody = z.infer<typeof UpdateJobTemplateBody>;

export const JobTemplate = z
  .object({
    id: Id,
    name: z.object({ zh: z.string(), en: z.string() }),
    parts: z.array(z.object({ categoryCode: z.string(), description: z.object({ zh: z.string(), en: z.string() }) })),
    offeredAt: z.array(RoomUse),
    version: z.int(),
    retired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'JobTemplate' });
export type JobTemplate = z.infer<typeof JobTemplate>;
export const JobTemplateList = z.object({ items: z.array(JobTemplate) }).register(z.globalRegistry, { id: 'JobTemplateList' });
export type JobTemplateList = z.infer<typeof JobTemplateList>;

/** Without a place: every template (the admin's list, retired ones too when asked). With one: those offered there. */
export const ListJobTemplatesQuery = z.object({
  qrCode: z.optional(QrCode),
  locationId: z.optional(Id),
  includeRetired: z.optional(z.enum(['true', 'false'])),
});

export const StartJobBody = z
  .object({
    templateId: Id,
    qrCode: z.optional(QrCode),
    locationId: z.optional(Id),
    note: z.optional(FreeText({ max: 500, multiline: true, mayBeEmpty: true })),
    /** One start, whatever retries: a retry with the same key finishes what a lost answer or a crash left. */
    idempotencyKey: IdempotencyKeyValue,
  })
  .check(z.refine((b) => b.qrCode !== undefined || b.locationId !== undefined, { message: 'qrCode or locationId is required', path: ['qrCode'] }));
export type StartJobBody = z.infer<typeof StartJobBody>;

export const JobPartView = z.object({
  index: z.int(),
  categoryCode: z.string(),
  description: z.object({ zh: z.string(), en: z.string() }),
  /** Null until the part's ticket is opened (a start still being finished). */
  ticketId: z.nullable(Id),
  ticketNumber: z.nullable(z.string()),
  status: z.nullable(TicketStatus),
  /** The part's technician, as its ticket shows them. */
  assignee: z.nullable(PersonRef),
  timeState: z.nullable(TimeStateView),
});

export const Job = z
  .object({
    id: Id,
    templateId: Id,
    name: z.object({ zh: z.string(), en: z.string() }),
    location: z.object({ id: Id, name: z.string(), path: z.array(z.string()) }),
    note: z.string(),
    status: JobStatus,
    starter: PersonRef,
    startedAt: IsoDateTime,
    doneAt: z.nullable(IsoDateTime),
    parts: z.array(JobPartView),
  })
  .register(z.globalRegistry, { id: 'Job' });
export type Job = z.infer<typeof Job>;
