import * as routes from '../contract/routes';
import { rate } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.rate, (ctx, ticket, { user, body }) => rate(ctx, ticket, user, body.score, body.comment));
