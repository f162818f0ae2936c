import * as routes from '../contract/routes';
import { MetricName } from '../domain/metrics';
import { createTicket } from '../domain/tickets/createTicket';
import { http } from '../http/httpHandler';
import { presentTicket } from '../presenters/ticketPhotos';

export const handler = http(routes.createTicket, async ({ body, headers, user, deps }) => {
  const { ticket, replayed } = await createTicket(deps, user, body, headers['idempotency-key']);
  if (!replayed) deps.metrics.count(MetricName.ticketsCreated);
  return { status: 201, body: await presentTicket(deps, ticket, user), headers: { 'idempotent-replayed': String(replayed) } };
});
