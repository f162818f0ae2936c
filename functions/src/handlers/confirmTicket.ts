import * as routes from '../contract/routes';
import { confirm } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.confirm, (ctx, ticket, { user, body }) => confirm(ctx, ticket, user, body.satisfied, body.note));
