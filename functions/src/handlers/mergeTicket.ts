import * as routes from '../contract/routes';
import { mergeTickets } from '../domain/tickets/mergeTickets';
import { http } from '../http/httpHandler';
import { presentTicket } from '../presenters/ticketPhotos';

export const handler = http(routes.ticketCommandRoutes.merge, async ({ params, body, user, deps }) => {
  const merged = await mergeTickets(deps, user, params.id, body.intoTicketId);
  return { body: await presentTicket(deps, merged, user) };
});
