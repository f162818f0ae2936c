import * as routes from '../contract/routes';
import { callbacksDue, deskQueue, grabbableJobs, myJobs } from '../domain/desk/queue';
import type { Page, TicketRecord } from '../domain/records';
import { listMyTickets } from '../domain/tickets/readTickets';
import { http } from '../http/httpHandler';
import { toTicketSummary } from '../presenters/ticketViews';

const DEFAULT_PAGE_SIZE = 20;

/** Callbacks owed are bounded by recent completions, so they come whole. */
const whole = (items: TicketRecord[]): Page<TicketRecord> => ({ items, nextCursor: null });

export const handler = http(routes.listTickets, async ({ query, user, deps }) => {
  const now = deps.clock.now();
  const page = { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor };
  const overdue = query.overdue === undefined ? undefined : query.overdue === 'true';
  const result =
    query.scope === 'mine'
      ? await listMyTickets(deps.tickets, user, page)
      : query.scope === 'assigned'
        ? await myJobs(deps.tickets, user, page)
        : query.scope === 'pool'
          ? await grabbableJobs(deps.tickets, user, page)
          : query.scope === 'callbacks'
            ? whole(await callbacksDue(deps.tickets, user))
            : await deskQueue(deps.tickets, user, { status: query.status, category: query.category, building: query.building, overdue }, now, page);
  return { body: { items: result.items.map((t) => toTicketSummary(t, user, now)), nextCursor: result.nextCursor } };
});
