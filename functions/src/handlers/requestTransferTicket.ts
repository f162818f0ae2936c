import * as routes from '../contract/routes';
import { requestTransfer } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.requestTransfer, (ctx, ticket, { user, body }) => requestTransfer(ctx, ticket, user, body.reason));
