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
  return TICKET_COMMANDS.filter((c) => can(user, c, ticket));
}
