import * as routes from '../contract/routes';
import { candidatesFor } from '../domain/dispatch/listCandidates';
import { http } from '../http/httpHandler';

export const handler = http(routes.listCandidates, async ({ params, user, deps }) => {
  const candidates = await candidatesFor(deps, user, params.id);
  return {
    body: {
      items: candidates.map((c) => ({
        user: { id: c.user.id, name: c.user.name },
        score: c.score,
        skilled: c.skilled,
        onShift: c.onShift,
        openJobs: c.openJobs,
        sameBuilding: c.sameBuilding,
        reasons: c.reasons,
      })),
    },
  };
});
