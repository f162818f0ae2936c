import { defineRoute } from './route';
import { IdParams, RetireQuery } from './admin';
import type { Role } from './enums';
import { CreateJobTemplateBody, Job, JobTemplate, JobTemplateList, ListJobTemplatesQuery, StartJobBody, UpdateJobTemplateBody } from './jobs';

/** Templates are the admin's to edit; any staff member reads those offered at a place (to start one there). */
const TEMPLATE_EDITORS = ['admin'] as const satisfies readonly Role[];
const admin = { area: 'admin', tag: 'jobs', auth: 'session' } as const;
const reporting = { area: 'reporting', tag: 'jobs', auth: 'session' } as const;

/** Multi-team jobs (一呼百应, issue 16 part JOBS): templates in `admin`, starting and reading a job in `reporting`. */
export const jobApi = {
  listJobTemplates: defineRoute({ ...admin, name: 'listJobTemplates', method: 'get', path: '/v1/job-templates', summary: 'Job templates: with a scanned label or a place, those offered there (anyone on the staff, to start one); without, all of them (the admin)', query: ListJobTemplatesQuery, response: JobTemplateList, successStatus: 200, errors: [403, 404] }),
  createJobTemplate: defineRoute({ ...admin, name: 'createJobTemplate', method: 'post', path: '/v1/job-templates', summary: 'Create a multi-team job template: 2–8 parts (a category and its task each), the room uses it is offered at', roles: TEMPLATE_EDITORS, body: CreateJobTemplateBody, response: JobTemplate, successStatus: 201, errors: [403] }),
  updateJobTemplate: defineRoute({ ...admin, name: 'updateJobTemplate', method: 'put', path: '/v1/job-templates/{id}', summary: 'Edit a job template (409 when the version is stale); running jobs keep the parts they started with', roles: TEMPLATE_EDITORS, params: IdParams, body: UpdateJobTemplateBody, response: JobTemplate, successStatus: 200, errors: [403, 404, 409] }),
  retireJobTemplate: defineRoute({ ...admin, name: 'retireJobTemplate', method: 'delete', path: '/v1/job-templates/{id}', summary: 'Retire a job template: no longer offered; jobs started from it run on', roles: TEMPLATE_EDITORS, params: IdParams, query: RetireQuery, response: JobTemplate, successStatus: 200, errors: [403, 404, 409] }),
  startJob: defineRoute({ ...reporting, name: 'startJob', method: 'post', path: '/v1/jobs', summary: 'Start a multi-team job at a place: the job and one ordinary ticket per part (each with its own technician and clock). The desk anywhere, others at a scanned label; a retry with the same key finishes what was left, never doubles', body: StartJobBody, response: Job, successStatus: 201, errors: [403, 404, 409, 429] }),
  getJob: defineRoute({ ...reporting, name: 'getJob', method: 'get', path: '/v1/jobs/{id}', summary: 'A multi-team job with each part: its category, technician, status and clock (its starter, or anyone who may see one of its tickets)', params: IdParams, response: Job, successStatus: 200, errors: [404] }),
};

export const jobRoutes = Object.values(jobApi);
