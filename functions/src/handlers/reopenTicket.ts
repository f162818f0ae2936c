import * as routes from '../contract/routes';
import { reopen } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.reopen, (ctx, ticket, { user, body }) => reopen(ctx, ticket, user, body.reason));
