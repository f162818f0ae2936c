import { ConflictError, NotFoundError } from '../errors';
import type { TicketRecord, UserRecord } from '../records';
import { can } from '../policy/can';
import { grab } from './lifecycle';
import { runTicketCommand, type CommandDeps } from './runCommand';

/**
 * 抢单. A pool job stops being visible to the others once someone has it, so a technician who
 * lost the race would otherwise be told "not found": tell them it was taken instead.
 */
export async function grabFromPool(deps: CommandDeps, user: UserRecord, ticketId: string): Promise<TicketRecord> {
  try {
    return await runTicketCommand(deps, user, ticketId, (ctx, ticket) => grab(ctx, ticket, user));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const ticket = await deps.tickets.get(user.hospitalId, ticketId);
    if (ticket && can(user, 'hearPoolOutcome', ticket)) throw new ConflictError('Another technician took this job first', '该工单已被其他师傅抢走', { cause: error });
    throw error;
  }
}
