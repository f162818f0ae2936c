import { jobApi } from '../contract/jobRoutes';
import { startJob } from '../domain/jobs/startJob';
import { http } from '../http/httpHandler';
import { toJobView } from '../presenters/jobViews';

export const handler = http(jobApi.startJob, async ({ body, user, deps }) => {
  const { job, parts } = await startJob(deps, user, body);
  return { status: 201, body: toJobView(job, parts, user, deps.clock.now()) };
});
