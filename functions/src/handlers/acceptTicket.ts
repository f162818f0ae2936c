import * as routes from '../contract/routes';
import { accept } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.accept, (ctx, ticket, { user }) => accept(ctx, ticket, user));
