import * as routes from '../contract/routes';
import { advanceComplaint } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.complaint, (ctx, ticket, { user, body }) => advanceComplaint(ctx, ticket, user, body.step, body.note));
