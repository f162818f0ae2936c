import type { Role } from '../contract/enums';
import type { TicketRecord, UserRecord } from './records';

/** The role a user acts in for an event on a ticket (the most specific one that applies). Who may act is policy/can.ts. */
export function actingRole(user: UserRecord, ticket: Pick<TicketRecord, 'reporterId' | 'assigneeId'>): Role {
  if (ticket.assigneeId === user.id && user.roles.includes('technician')) return 'technician';
  if (ticket.reporterId === user.id) return 'reporter';
  if (user.roles.includes('dispatcher')) return 'dispatcher';
  return user.roles[0] ?? 'reporter';
}

/** Staff of an outsourced vendor (issue 16): closed out of every route that does not say `vendors: 'allowed'`. */
export function isVendorStaff(user: Pick<UserRecord, 'vendorId'>): user is Pick<UserRecord, 'vendorId'> & { vendorId: string } {
  return typeof user.vendorId === 'string' && user.vendorId !== '';
}

/** A guest is a WeChat account not linked to a staff record; records written before kinds existed are staff. */
export function isGuest(user: Pick<UserRecord, 'kind'>): boolean {
  return user.kind === 'guest';
}

/**
 * A vendor's people work only on their vendor's tickets and the hospital's only on its own
 * (issue 16): the user's and the ticket's vendor (null: in-house) must be the same.
 */
export function onSameSide(user: Pick<UserRecord, 'vendorId'>, ticket: Pick<TicketRecord, 'vendorId'>): boolean {
  return (isVendorStaff(user) ? user.vendorId : null) === (ticket.vendorId || null);
}
