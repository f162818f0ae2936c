import * as routes from '../contract/routes';
import { getTicketDetail } from '../domain/tickets/readTickets';
import { http } from '../http/httpHandler';
import { presentTicketDetail } from '../presenters/ticketPhotos';

export const handler = http(routes.getTicket, async ({ params, user, deps }) => {
  const { ticket, events } = await getTicketDetail(deps.tickets, user, params.id);
  return { body: await presentTicketDetail(deps, ticket, events, user) };
});
