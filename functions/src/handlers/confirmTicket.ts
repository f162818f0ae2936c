import * as routes from '../contract/routes';
import { attachOwnSignature } from '../domain/photos/attachSignature';
import { confirm } from '../domain/tickets/lifecycle';
import { signatureRequired, type SignOffInput } from '../domain/tickets/signOff';
import { ticketCommand } from '../http/ticketCommandHandler';

export const handler = ticketCommand(routes.ticketCommandRoutes.confirm, async (ctx, ticket, { user, body, deps }) => {
  const category = await deps.catalog.getCategory(ticket.hospitalId, ticket.categoryCode);
  const given = body.signatureKey ? { key: body.signatureKey, signerName: body.signerName?.trim() || user.name } : null;
  const signOff: SignOffInput = { required: signatureRequired(category), signature: given };
  // Decide first: who may not confirm, or confirms unsigned where a signature is required, gets
  // 403/409/400 before any copy is made; then again with the signature's kept copy.
  const decided = confirm(ctx, ticket, user, body.satisfied, body.note, signOff);
  if (!given || !body.satisfied) return decided;
  const key = await attachOwnSignature(deps, user, given.key);
  return confirm(ctx, ticket, user, body.satisfied, body.note, { ...signOff, signature: { ...given, key } });
});
