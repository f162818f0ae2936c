import * as routes from '../contract/routes';
import { recordCallback } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.callback, (ctx, ticket, { user, body }) => recordCallback(ctx, ticket, user, body));
