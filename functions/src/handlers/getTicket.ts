import * as routes from '../contract/routes';
import { getTicketDetail } from '../domain/tickets/readTickets';
import { http } from '../http/httpHandler';
import { presentTicket } from '../presenters/ticketPhotos';
import { toTicketEventView } from '../presenters/ticketViews';

export const handler = http(routes.getTicket, async ({ params, user, deps }) => {
  const { ticket, events } = await getTicketDetail(deps.tickets, user, params.id);
  return { body: { ticket: await presentTicket(deps, ticket, user), events: events.map(toTicketEventView) } };
});
