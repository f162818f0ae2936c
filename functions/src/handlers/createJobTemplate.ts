import { jobApi } from '../contract/jobRoutes';
import { createJobTemplate, toJobTemplateView } from '../domain/jobs/templates';
import { http } from '../http/httpHandler';

export const handler = http(jobApi.createJobTemplate, async ({ body, user, deps }) => ({ status: 201, body: toJobTemplateView(await createJobTemplate(deps, user, body)) }));
