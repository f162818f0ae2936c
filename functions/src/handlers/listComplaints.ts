import * as routes from '../contract/routes';
import { openComplaints } from '../domain/desk/complaints';
import { complaintClocks } from '../domain/sla/complaintClocks';
import { http } from '../http/httpHandler';
import { toTicketSummary } from '../presenters/ticketViews';

const DEFAULT_PAGE_SIZE = 20;

export const handler = http(routes.listComplaints, async ({ query, user, deps }) => {
  const now = deps.clock.now();
  const page = await openComplaints(deps.tickets, user, { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
  return {
    body: {
      items: page.items.flatMap((t) =>
        t.complaint ? [{ ticket: toTicketSummary(t, user, now), rating: t.rating, openedAt: t.complaint.openedAt, clocks: complaintClocks(t.complaint, t.breaches, now) }] : [],
      ),
      nextCursor: page.nextCursor,
    },
  };
});
