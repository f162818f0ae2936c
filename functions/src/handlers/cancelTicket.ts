import * as routes from '../contract/routes';
import { cancel } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.cancel, (ctx, ticket, { user, body }) => cancel(ctx, ticket, user, body.reason));
