import type { UserRecord } from '../records';
import { merge } from './lifecycle';
import { lifecycleContext, visibleTicket, type CommandDeps } from './runCommand';

/** Both tickets change in one transaction: the duplicate closes only if the other gains its people. */
export async function mergeTickets(deps: CommandDeps, user: UserRecord, duplicateId: string, intoId: string) {
  const [duplicate, into, ctx] = await Promise.all([
    visibleTicket(deps.tickets, user, duplicateId),
    visibleTicket(deps.tickets, user, intoId),
    lifecycleContext(deps, user.hospitalId),
  ]);
  const changes = merge(ctx, duplicate, into, user);
  await deps.tickets.applyChanges(changes);
  return changes[0].after;
}
