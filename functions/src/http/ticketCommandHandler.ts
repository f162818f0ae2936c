import type { RouteDef } from '../contract/route';
import type { Ticket } from '../contract/tickets';
import type { Deps } from '../deps';
import type { LifecycleContext, TicketChange } from '../domain/tickets/lifecycle';
import { runTicketCommand } from '../domain/tickets/runCommand';
import type { TicketRecord, UserRecord } from '../domain/records';
import { presentTicket } from '../presenters/ticketPhotos';
import { http, type Req } from './httpHandler';

type CommandRoute = RouteDef & { auth: 'session'; response: typeof Ticket };

/**
 * The shape every ticket command shares: load the ticket the caller may see, let the
 * lifecycle decide, write it, answer with the ticket as the caller now sees it.
 */
export function ticketCommand<R extends CommandRoute>(
  route: R,
  decide: (ctx: LifecycleContext, ticket: TicketRecord, req: Req<R> & { user: UserRecord; deps: Deps }) => TicketChange | Promise<TicketChange>,
) {
  return http(route, async (req) => {
    const r = req as Req<R> & { user: UserRecord; deps: Deps; params: { id: string } };
    const after = await runTicketCommand(r.deps, r.user, r.params.id, (ctx, ticket) => decide(ctx, ticket, r));
    return { body: (await presentTicket(r.deps, after, r.user)) as never };
  });
}
