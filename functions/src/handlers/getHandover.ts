import * as routes from '../contract/routes';
import { handoverSheet } from '../domain/desk/handover';
import { http } from '../http/httpHandler';
import { toTicketSummary } from '../presenters/ticketViews';

export const handler = http(routes.getHandover, async ({ user, deps }) => {
  const now = deps.clock.now();
  const sheet = await handoverSheet(deps, user);
  return {
    body: {
      open: sheet.open.map((ticket) => ({
        ticket: toTicketSummary(ticket, user, now),
        lastNote: ticket.lastNote ?? null,
        lastEventAt: ticket.updatedAt,
      })),
      callbacksDue: sheet.callbacksDue.map((t) => toTicketSummary(t, user, now)),
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
