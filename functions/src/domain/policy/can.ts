import type { Role } from '../../contract/enums';
import type { TicketCommand } from '../../contract/lifecycle';
import type { ListTicketsQuery } from '../../contract/tickets';
import type { TicketRecord, UserRecord } from '../records';
import { appearsIn, fromStatuses, type Relation } from '../tickets/lifecycleTable';
import { isActive } from '../tickets/ticketStatus';

/**
 * THE authorization policy: every "may this user do that" of the product answers here, from
 * the route roles to the lifecycle's command rules. The HTTP layer asks it before a handler
 * runs; the domain asks it for tickets, lists and commands. Hospitals are apart by key already;
 * every rule still refuses a user of another hospital.
 */

/** The ticket lists: the scopes of GET /v1/tickets, and the desk's complaint list. */
export type ListScope = ListTicketsQuery['scope'] | 'complaints';

/** What a user may do, and what it is done to. */
export interface Resources {
  /** Call an API route: its declared roles (none: any signed-in user). */
  call: { roles?: readonly Role[] };
  /** Read a ticket and its timeline. */
  view: TicketRecord;
  /** Find an open ticket by its place (the QR lookup shows it) to follow it, without reading it first. */
  find: TicketRecord;
  /** Read a list of tickets. */
  list: ListScope;
  /** Be the technician a ticket is assigned to. */
  beAssigned: TicketRecord;
  /** Take over the desk at a shift handover. */
  takeOverDesk: null;
  /** Be told that a pool job they tried to grab went to someone else (rather than "not found"). */
  hearPoolOutcome: TicketRecord;
}
export type Action = keyof Resources | TicketCommand;
export type ResourceOf<A extends Action> = A extends keyof Resources ? Resources[A] : TicketRecord;

/** `notNow`: the user may give this command, but not in the ticket's current status (409, not 403). */
export type Decision = 'allow' | 'forbidden' | 'notNow';

/** Roles that see every ticket of their own hospital. */
const HOSPITAL_WIDE_READERS: readonly Role[] = ['dispatcher', 'manager', 'admin'];

/** Who may read which list (mine: anyone, since anyone may report a fault). */
const LIST_READERS: Record<ListScope, readonly Role[] | 'anyone'> = {
  mine: 'anyone',
  assigned: ['technician'],
  pool: ['technician'],
  queue: HOSPITAL_WIDE_READERS,
  callbacks: ['dispatcher', 'manager'],
  complaints: ['dispatcher', 'manager'],
};

export function hasAnyRole(user: UserRecord, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

function isQualifiedFor(user: UserRecord, ticket: TicketRecord): boolean {
  return user.roles.includes('technician') && user.skills.includes(ticket.categoryCode);
}

/** How the user stands to the ticket (nothing at all for a user of another hospital). */
export function relationsOf(user: UserRecord, ticket: TicketRecord): Set<Relation> {
  const relations = new Set<Relation>();
  if (user.hospitalId !== ticket.hospitalId) return relations;
  relations.add('member');
  if (user.roles.includes('dispatcher')) relations.add('desk');
  if (user.roles.includes('technician') && ticket.assigneeId === user.id) relations.add('assignee');
  if (ticket.reporterId === user.id) relations.add('reporter');
  // The reporting department shares its tickets: a colleague may confirm a repair on the next shift.
  if (ticket.reporterId !== user.id && user.department !== null && user.department === ticket.reporterDepartment) relations.add('colleague');
  if (ticket.inGrabPool && isQualifiedFor(user, ticket)) relations.add('qualifiedTechnician');
  return relations;
}

/**
 * Within a hospital: the desk, managers and admins see all; a reporter, a follower and the
 * reporting department their own; a technician their jobs and the pool jobs they may grab.
 */
function mayView(user: UserRecord, ticket: TicketRecord): boolean {
  if (user.hospitalId !== ticket.hospitalId) return false;
  if (hasAnyRole(user, HOSPITAL_WIDE_READERS) || ticket.followerIds.includes(user.id)) return true;
  const relations = relationsOf(user, ticket);
  return relations.has('reporter') || relations.has('colleague') || relations.has('assignee') || relations.has('qualifiedTechnician');
}

function decideCommand(user: UserRecord, command: TicketCommand, ticket: TicketRecord): Decision {
  const relations = relationsOf(user, ticket);
  if (!appearsIn(command, relations)) return 'forbidden';
  return fromStatuses(command, relations).has(ticket.status) ? 'allow' : 'notNow';
}

const allowIf = (yes: boolean): Decision => (yes ? 'allow' : 'forbidden');

export function decide<A extends Action>(user: UserRecord, action: A, resource: ResourceOf<A>): Decision {
  switch (action) {
    case 'call': {
      const { roles } = resource as Resources['call'];
      return allowIf(!roles || hasAnyRole(user, roles));
    }
    case 'view':
      return allowIf(mayView(user, resource as TicketRecord));
    case 'find': {
      const ticket = resource as TicketRecord;
      return allowIf(mayView(user, ticket) || (user.hospitalId === ticket.hospitalId && isActive(ticket.status)));
    }
    case 'list': {
      const readers = LIST_READERS[resource as ListScope];
      return allowIf(readers === 'anyone' || hasAnyRole(user, readers));
    }
    case 'beAssigned':
      return allowIf(user.roles.includes('technician') && user.hospitalId === (resource as TicketRecord).hospitalId);
    case 'takeOverDesk':
      return allowIf(user.roles.includes('dispatcher'));
    case 'hearPoolOutcome': {
      const ticket = resource as TicketRecord;
      return allowIf(user.hospitalId === ticket.hospitalId && isQualifiedFor(user, ticket) && ticket.assigneeId !== null && !ticket.inGrabPool);
    }
    default:
      return decideCommand(user, action as TicketCommand, resource as TicketRecord);
  }
}

/** May `user` do `action` to `resource`? */
export function can<A extends Action>(user: UserRecord, action: A, resource: ResourceOf<A>): boolean {
  return decide(user, action, resource) === 'allow';
}
