import * as routes from '../contract/routes';
import { follow } from '../domain/tickets/lifecycle';
import { runTicketCommand } from '../domain/tickets/runCommand';
import { http } from '../http/httpHandler';
import { presentTicket } from '../presenters/ticketPhotos';

export const handler = http(routes.ticketCommandRoutes.follow, async ({ params, user, deps }) => {
  const ticket = await runTicketCommand(deps, user, params.id, (ctx, t) => follow(ctx, t, user), { anyMemberMayFind: true });
  return { body: await presentTicket(deps, ticket, user) };
});
