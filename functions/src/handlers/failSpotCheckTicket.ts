import * as routes from '../contract/routes';
import { visibleTicket } from '../domain/tickets/runCommand';
import { failDrawnJob } from '../domain/vendors/inspections';
import { http } from '../http/httpHandler';
import { presentTicket } from '../presenters/ticketPhotos';

/**
 * The lifecycle's failSpotCheck through the ticket command path: the job's spot check and the
 * ticket change together (the check must be pending), not the shared ticketCommand wrapper,
 * whose transaction holds the ticket's change alone.
 */
export const handler = http(routes.ticketCommandRoutes.failSpotCheck, async ({ params, body, user, deps }) => {
  const ticket = await visibleTicket(deps.tickets, user, params.id);
  const failed = await failDrawnJob(deps, user, ticket, body);
  return { body: await presentTicket(deps, failed.ticket, user) };
});
