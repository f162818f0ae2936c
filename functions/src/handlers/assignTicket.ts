import * as routes from '../contract/routes';
import { NotFoundError } from '../domain/errors';
import { assign } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.assign, async (ctx, ticket, { user, body, deps }) => {
  const technician = await deps.users.getUser(user.hospitalId, body.technicianId);
  if (!technician) throw new NotFoundError(`Technician ${body.technicianId}`, `维修人员 ${body.technicianId} `);
  return assign(ctx, ticket, user, technician, body.reason);
});
