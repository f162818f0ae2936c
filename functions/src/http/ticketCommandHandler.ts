import type { RouteDef } from '../contract/route';
import type { OfflineCommandHeaders } from '../contract/ticketCommands';
import type { Ticket } from '../contract/tickets';
import type { Deps } from '../deps';
import { commandOnce } from '../domain/tickets/commandOnce';
import { offlineTiming } from '../domain/tickets/deviceTime';
import type { LifecycleContext, TicketChange } from '../domain/tickets/lifecycle';
import { runTicketCommand } from '../domain/tickets/runCommand';
import type { TicketRecord, UserRecord } from '../domain/records';
import { presentTicket } from '../presenters/ticketPhotos';
import { http, type Req } from './httpHandler';
import type * as z from 'zod/mini';

type CommandRoute = RouteDef & { auth: 'session'; response: typeof Ticket };
/** The headers of a command a technician may queue offline; other commands have none (both absent). */
type OfflineHeaders = Partial<z.output<typeof OfflineCommandHeaders>>;

/**
 * The shape every ticket command shares: load the ticket the caller may see, let the
 * lifecycle decide, write it, answer with the ticket as the caller now sees it. A command sent
 * from a technician's offline queue carries its device time (checked, then recorded on the
 * event) and an Idempotency-Key (a resend answers without making it again).
 */
export function ticketCommand<R extends CommandRoute>(
  route: R,
  decide: (ctx: LifecycleContext, ticket: TicketRecord, req: Req<R> & { user: UserRecord; deps: Deps }) => TicketChange | Promise<TicketChange>,
) {
  const command = route.name.replace(/Ticket$/, '');
  return http(route, async (req) => {
    const r = req as Req<R> & { user: UserRecord; deps: Deps; params: { id: string } };
    const headers = (r.headers ?? {}) as OfflineHeaders;
    const deviceTime = headers['device-time'];
    const key = headers['idempotency-key'];
    const send = key ? { ticketId: r.params.id, command, key, contents: { body: r.body ?? null, deviceTime: deviceTime ?? null } } : undefined;
    const { ticket, replayed } = await commandOnce(r.deps, r.user, send, (idempotency) =>
      runTicketCommand(
        r.deps,
        r.user,
        r.params.id,
        (ctx, before) => decide({ ...ctx, offline: offlineTiming(deviceTime, ctx.now, before) }, before, r),
        { idempotency },
      ),
    );
    return {
      body: (await presentTicket(r.deps, ticket, r.user)) as never,
      ...(send ? { headers: { 'idempotent-replayed': String(replayed) } } : {}),
    };
  });
}
