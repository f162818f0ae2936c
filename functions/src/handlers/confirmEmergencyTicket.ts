import * as routes from '../contract/routes';
import { confirmEmergency } from '../domain/tickets/confirmEmergency';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.confirmEmergency, async (ctx, ticket, { user, body, deps }) => {
  // A downgrade moves the deadlines to the category's urgent ones.
  const category = body.emergency ? null : await deps.catalog.getCategory(ticket.hospitalId, ticket.categoryCode);
  return confirmEmergency(ctx, ticket, user, body, category?.sla ?? null);
});
