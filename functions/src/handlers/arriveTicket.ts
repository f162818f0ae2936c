import * as routes from '../contract/routes';
import { NotFoundError } from '../domain/errors';
import { arrive } from '../domain/tickets/lifecycle';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.arrive, async (ctx, ticket, { user, body, deps }) => {
  const qr = await deps.catalog.getQrCode(user.hospitalId, body.qrCode);
  if (!qr || qr.retired) throw new NotFoundError(`QR code ${body.qrCode}`, `二维码 ${body.qrCode} `);
  return arrive(ctx, ticket, user, { code: qr.code, locationId: qr.locationId, assetId: qr.assetId });
});
