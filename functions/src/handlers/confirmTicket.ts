import * as routes from '../contract/routes';
import { confirm } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.confirmTicket, (ctx, ticket, { user, body }) => confirm(ctx, ticket, user, body.satisfied, body.note));
