import * as routes from '../contract/routes';
import { resume } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.resume, (ctx, ticket, { user }) => resume(ctx, ticket, user));
