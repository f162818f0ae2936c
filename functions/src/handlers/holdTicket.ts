import * as routes from '../contract/routes';
import { hold } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.hold, (ctx, ticket, { user, body }) => hold(ctx, ticket, user, body.reason));
