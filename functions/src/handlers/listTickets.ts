import * as routes from '../contract/routes';
import { callbacksOwed, deskQueue, grabbableJobs, myJobs } from '../domain/desk/queue';
import { searchTickets } from '../domain/desk/searchTickets';
import type { Page, TicketRecord } from '../domain/records';
import { listMyTickets, type MyJobLine } from '../domain/tickets/readTickets';
import { toJobListLine } from '../presenters/jobViews';
import { http } from '../http/httpHandler';
import { toTicketSummary } from '../presenters/ticketViews';

const DEFAULT_PAGE_SIZE = 20;

export const handler = http(routes.listTickets, async ({ query, user, deps }) => {
  const now = deps.clock.now();
  const page = { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor };
  const overdue = query.overdue === undefined ? undefined : query.overdue === 'true';
  const scopes: Record<typeof query.scope, () => Promise<Page<TicketRecord | MyJobLine>>> = {
    mine: () => listMyTickets(deps.tickets, deps.jobs, user, page),
    assigned: () => myJobs(deps.tickets, user, page),
    pool: () => grabbableJobs(deps.tickets, user, page),
    callbacks: () => callbacksOwed(deps.tickets, user, now, page),
    search: () => searchTickets(deps.tickets, user, { q: query.q, location: query.location, asset: query.asset }, page),
    queue: () => deskQueue(deps.tickets, user, { status: query.status, category: query.category, building: query.building, overdue }, now, page),
  };
  const result = await scopes[query.scope]();
  return {
    body: {
      items: result.items.map((t) => ('job' in t ? toJobListLine(t.job, t.parts, now) : toTicketSummary(t, user, now))),
      nextCursor: result.nextCursor,
      ...(result.total === undefined ? {} : { total: result.total }),
    },
  };
});
