import { recordCheckpoint } from '../contract/workOrderRoutes';
import { openCorrectiveTickets } from '../domain/planned/correctiveTicket';
import { checkRecording, checkResults, recordCheckpoint as record } from '../domain/planned/workOrders';
import { workOrderCommand } from '../http/workOrderCommandHandler';

/** Checked first (label, results), then each failed item's corrective ticket, then the order with the tickets' numbers. */
export const handler = workOrderCommand(recordCheckpoint, async (ctx, order, { user, deps, params, body }) => {
  checkRecording(ctx, order, user, params.index, body);
  const results = checkResults(order, body.results, user);
  const opened = await openCorrectiveTickets(deps, user, order, params.index, results);
  return record(ctx, order, user, params.index, results, opened);
});
