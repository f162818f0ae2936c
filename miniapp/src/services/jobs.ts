import type { Job, JobTemplate, JobTemplateList, StartJobBody, CreateJobTemplateBody, UpdateJobTemplateBody } from '@contract/jobs';
import { request } from './api';

/** Multi-team jobs (issue 16): the templates offered at a place, starting one, the job's page, the admin's templates. */
export const jobsApi = {
  templatesAt: (place: { qrCode: string } | { locationId: string }) => request<JobTemplateList>('/v1/job-templates', { query: { ...place } }),
  allTemplates: () => request<JobTemplateList>('/v1/job-templates', { query: { includeRetired: 'true' } }),
  startJob: (body: StartJobBody) => request<Job>('/v1/jobs', { method: 'POST', body }),
  getJob: (id: string) => request<Job>(`/v1/jobs/${encodeURIComponent(id)}`),
  createTemplate: (body: CreateJobTemplateBody) => request<JobTemplate>('/v1/job-templates', { method: 'POST', body }),
  updateTemplate: (id: string, body: UpdateJobTemplateBody) => request<JobTemplate>(`/v1/job-templates/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  retireTemplate: (id: string, version: number) => request<JobTemplate>(`/v1/job-templates/${encodeURIComponent(id)}`, { method: 'DELETE', query: { version } }),
};

export const jobScreen = (id: string) => `/pages/job/index?id=${encodeURIComponent(id)}`;
