import * as routes from '../contract/routes';
import { grabFromPool } from '../domain/tickets/grabFromPool';
import { http } from '../http/httpHandler';
import { presentTicket } from '../presenters/ticketPhotos';

export const handler = http(routes.ticketCommandRoutes.grab, async ({ params, user, deps }) => {
  const ticket = await grabFromPool(deps, user, params.id);
  return { body: await presentTicket(deps, ticket, user) };
});
