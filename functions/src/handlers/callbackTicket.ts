import * as routes from '../contract/routes';
import { recordCallback } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.callbackTicket, (ctx, ticket, { user, body }) => recordCallback(ctx, ticket, user, body));
