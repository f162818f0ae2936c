import { listDisputes } from '../contract/spotCheckRoutes';
import { listDisputesOf } from '../domain/vendors/supervision';
import { http } from '../http/httpHandler';
import { presentDispute } from '../presenters/spotCheckViews';

export const handler = http(listDisputes, async ({ params, query, user, deps }) => {
  const { disputes, jobs } = await listDisputesOf(deps, user, params.id, query.month);
  return {
    body: {
      month: query.month,
      items: disputes.map(presentDispute),
      jobs: jobs.map((t) => ({ ticketId: t.id, ticketNumber: t.number, status: t.status })),
    },
  };
});
