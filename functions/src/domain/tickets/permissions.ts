import type { TicketCommand } from '../../contract/lifecycle';
import { TICKET_COMMANDS } from '../../contract/lifecycle';
import { can } from '../policy/can';
import type { TicketRecord, UserRecord } from '../records';

export { TICKET_COMMANDS, type TicketCommand };

/**
 * The commands this user may give on this ticket now: shown in a 409 and used by the app's
 * buttons. The rules themselves are the lifecycle table (lifecycleTable.ts), read by the policy.
 */
export function allowedCommands(user: UserRecord, ticket: TicketRecord): TicketCommand[] {
  return TICKET_COMMANDS.filter((c) => can(user, c, ticket) && !alreadyDone(c, user, ticket));
}

/** A command the policy allows but whose own rule would refuse as done already: no button for it. */
function alreadyDone(command: TicketCommand, user: UserRecord, ticket: TicketRecord): boolean {
  // The reporter and the followers hear every step already (lifecycle.follow answers 409).
  return command === 'follow' && (ticket.reporterId === user.id || ticket.followerIds.includes(user.id));
}
