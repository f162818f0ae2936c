import { jobApi } from '../contract/jobRoutes';
import { toJobTemplateView, updateJobTemplate } from '../domain/jobs/templates';
import { http } from '../http/httpHandler';

export const handler = http(jobApi.updateJobTemplate, async ({ body, params, user, deps }) => ({ body: toJobTemplateView(await updateJobTemplate(deps, user, params.id, body)) }));
