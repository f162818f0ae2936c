import type { Role } from '../contract/enums';
import type { TicketRecord, UserRecord } from './records';

/** Roles that see every ticket of their own hospital. */
const HOSPITAL_WIDE_READERS: readonly Role[] = ['dispatcher', 'manager', 'admin'];

export function hasAnyRole(user: UserRecord, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

/**
 * Who may read a ticket (reporting colleagues of the same department included). Hospitals are already apart by key; within a hospital: the desk,
 * managers and admins see all, a reporter their own, a technician the ones assigned to them.
 */
export function canViewTicket(user: UserRecord, ticket: TicketRecord): boolean {
  if (user.hospitalId !== ticket.hospitalId) return false;
  if (hasAnyRole(user, HOSPITAL_WIDE_READERS)) return true;
  if (ticket.reporterId === user.id || ticket.followerIds.includes(user.id)) return true;
  // The reporting department shares its tickets: a colleague may confirm a repair on the next shift.
  if (user.department !== null && user.department === ticket.reporterDepartment && user.roles.includes('reporter')) return true;
  if (!user.roles.includes('technician')) return false;
  // A technician sees their own jobs, and the pool jobs they are qualified to grab.
  return ticket.assigneeId === user.id || (ticket.inGrabPool && user.skills.includes(ticket.categoryCode));
}

/** The role a user acts in for an event on a ticket (the most specific one that applies). */
export function actingRole(user: UserRecord, ticket: Pick<TicketRecord, 'reporterId' | 'assigneeId'>): Role {
  if (ticket.assigneeId === user.id && user.roles.includes('technician')) return 'technician';
  if (ticket.reporterId === user.id) return 'reporter';
  if (user.roles.includes('dispatcher')) return 'dispatcher';
  return user.roles[0] ?? 'reporter';
}
