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
