import { jobApi } from '../contract/jobRoutes';
import { retireJobTemplate, toJobTemplateView } from '../domain/jobs/templates';
import { http } from '../http/httpHandler';

export const handler = http(jobApi.retireJobTemplate, async ({ query, params, user, deps }) => ({ body: toJobTemplateView(await retireJobTemplate(deps, user, params.id, query.version)) }));
