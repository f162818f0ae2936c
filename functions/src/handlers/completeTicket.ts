import * as routes from '../contract/routes';
import { attachOwnUploadedPhotos } from '../domain/photos/attachPhotos';
import { complete } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.complete, async (ctx, ticket, { user, body, deps }) => {
  // Decide first: who may not complete gets 403/409, not a verdict on their photos (and no copies);
  // then again with the copies the completion keeps.
  complete(ctx, ticket, user, body);
  const photoKeys = await attachOwnUploadedPhotos(deps, user, body.photoKeys);
  return complete(ctx, ticket, user, { ...body, photoKeys });
});
