import { jobApi } from '../contract/jobRoutes';
import { readJob } from '../domain/jobs/readJob';
import { http } from '../http/httpHandler';
import { toJobView } from '../presenters/jobViews';

export const handler = http(jobApi.getJob, async ({ params, user, deps }) => {
  const { job, parts } = await readJob(deps.jobs, user, params.id);
  return { body: toJobView(job, parts, user, deps.clock.now()) };
});
