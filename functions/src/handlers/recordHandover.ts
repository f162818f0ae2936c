import * as routes from '../contract/routes';
import { recordHandover } from '../domain/desk/handover';
import { http } from '../http/httpHandler';

export const handler = http(routes.recordHandover, async ({ body, user, deps }) => {
  const record = await recordHandover(deps, user, body.toUserId, body.note, deps.clock.now());
  return { status: 201, body: { id: record.id, at: record.at, ticketCount: record.ticketIds.length } };
});
