import { jobApi } from '../contract/jobRoutes';
import { listJobTemplates, toJobTemplateView } from '../domain/jobs/templates';
import { http } from '../http/httpHandler';

export const handler = http(jobApi.listJobTemplates, async ({ query, user, deps }) => ({ body: { items: (await listJobTemplates(deps, user, query)).map(toJobTemplateView) } }));
