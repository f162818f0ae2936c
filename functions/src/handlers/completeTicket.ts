import * as routes from '../contract/routes';
import { verifyOwnUploadedPhotos } from '../domain/photos/verifyPhotoKeys';
import { complete } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.complete, async (ctx, ticket, { user, body, deps }) => {
  // Decide first: who may not complete gets 403/409, not a verdict on their photos.
  const change = complete(ctx, ticket, user, body);
  await verifyOwnUploadedPhotos(deps.photos, user, body.photoKeys);
  return change;
});
