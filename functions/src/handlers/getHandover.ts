import * as routes from '../contract/routes';
import { handoverSheet } from '../domain/desk/handover';
import { http } from '../http/httpHandler';
import { toTicketSummary } from '../presenters/ticketViews';

/** The first page is what the incoming dispatcher reads at once; more pages follow on scroll or for printing. */
const HANDOVER_PAGE_SIZE = 50;

export const handler = http(routes.getHandover, async ({ query, user, deps }) => {
  const now = deps.clock.now();
  const sheet = await handoverSheet(deps, user, { limit: query.limit ?? HANDOVER_PAGE_SIZE, cursor: query.cursor }, now);
  return {
    body: {
      open: sheet.open.items.map((ticket) => ({
        ticket: toTicketSummary(ticket, user, now),
        lastNote: ticket.lastNote ?? null,
        lastEventAt: ticket.updatedAt,
      })),
      openCount: sheet.openCount,
      nextCursor: sheet.open.nextCursor,
      callbacksDue: sheet.callbacksDue.map((t) => toTicketSummary(t, user, now)),
      incoming: sheet.incoming,
      recent: sheet.recent.map((h) => ({
        id: h.id,
        at: h.at,
        from: { id: h.fromUserId, name: h.fromUserName },
        to: { id: h.toUserId, name: h.toUserName },
        note: h.note,
        ticketCount: h.ticketIds.length,
      })),
    },
  };
});
