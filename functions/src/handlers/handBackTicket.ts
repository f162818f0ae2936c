import * as routes from '../contract/routes';
import { handBack } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.handBack, (ctx, ticket, { user, body }) => handBack(ctx, ticket, user, body.reason));
