import { NotFoundError } from '../errors';
import { can } from '../policy/can';
import type { CatalogRepository, Clock, TicketRepository } from '../ports';
import type { IdempotencyRecord, TicketRecord, UserRecord } from '../records';
import type { LifecycleContext, TicketChange } from './lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';

export interface CommandDeps {
  tickets: TicketRepository;
  catalog: CatalogRepository;
  clock: Clock;
}

/** A ticket the user may see, or 404 (the same answer as for a ticket that does not exist). */
export async function visibleTicket(tickets: TicketRepository, user: UserRecord, ticketId: string): Promise<TicketRecord> {
  const ticket = await tickets.get(user.hospitalId, ticketId);
  if (!ticket || !can(user, 'view', ticket)) throw new NotFoundError(`Ticket ${ticketId}`, `工单 ${ticketId} `);
  return ticket;
}

/**
 * An open ticket anyone may find: the QR lookup shows what is already reported at a place, so
 * whoever scans there may follow it. The lifecycle table still decides what they may do.
 */
async function findableTicket(tickets: TicketRepository, user: UserRecord, ticketId: string): Promise<TicketRecord> {
  const ticket = await tickets.get(user.hospitalId, ticketId);
  if (!ticket || !can(user, 'find', ticket)) throw new NotFoundError(`Ticket ${ticketId}`, `工单 ${ticketId} `);
  return ticket;
}

export async function lifecycleContext(deps: Pick<CommandDeps, 'catalog' | 'clock'>, hospitalId: string): Promise<LifecycleContext> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  return { now: deps.clock.now(), policy: { ...DEFAULT_LIFECYCLE_POLICY, ...hospital?.policy } };
}

/**
 * Load → decide (a pure lifecycle function) → write ticket, event and notifications in one
 * transaction with the version check. A concurrent change makes the write fail with 409.
 */
export async function runTicketCommand(
  deps: CommandDeps,
  user: UserRecord,
  ticketId: string,
  decide: (ctx: LifecycleContext, ticket: TicketRecord) => TicketChange | Promise<TicketChange>,
  options: { anyMemberMayFind?: boolean; idempotency?: IdempotencyRecord } = {},
): Promise<TicketRecord> {
  const [ticket, ctx] = await Promise.all([
    options.anyMemberMayFind ? findableTicket(deps.tickets, user, ticketId) : visibleTicket(deps.tickets, user, ticketId),
    lifecycleContext(deps, user.hospitalId),
  ]);
  const change = await decide(ctx, ticket);
  await deps.tickets.applyChanges([change], options.idempotency);
  return change.after;
}
