import type { TicketRecord, UserRecord } from '../records';
import { aTicket, aUser, people } from '../testing/factories';
import { allowedCommands } from '../tickets/permissions';
import { can, decide, type Action, type Decision, type ResourceOf } from './can';

/**
 * The policy against a table written by hand from the hospital's rules (README: the ticket
 * lifecycle), not from the lifecycle table: who × action × resource state → decision.
 * `notNow` means "you may, but not in this status" (the API answers 409, not 403).
 */

const users = {
  ...people,
  /** A technician working in the reporting ward's department (the colleague rule is about the department, not the role). */
  wardTech: aUser({ id: 'tech-ward', roles: ['technician'], department: '心内科病区', skills: ['it'] }),
  otherHospitalDesk: aUser({ id: 'desk-x', hospitalId: 'h2', roles: ['dispatcher'] }),
  otherHospitalTech: aUser({ id: 'tech-x', hospitalId: 'h2', roles: ['technician'], skills: ['power'] }),
};
type Who = keyof typeof users;

// Tickets of 李护士 (心内科病区), category power.
const zhao = { assigneeId: 'tech-zhao', assigneeName: '赵师傅' };
const tickets = {
  submitted: aTicket(),
  pool: aTicket({ inGrabPool: true }),
  assigned: aTicket({ status: 'assigned', ...zhao }),
  accepted: aTicket({ status: 'accepted', ...zhao, acceptedAt: '2026-11-23T02:08:00.000Z' }),
  onSite: aTicket({ status: 'on_site', ...zhao }),
  onHold: aTicket({ status: 'on_hold', ...zhao, heldFrom: 'accepted' }),
  completed: aTicket({ status: 'completed', ...zhao }),
  confirmed: aTicket({ status: 'confirmed', ...zhao }),
  closed: aTicket({ status: 'closed', ...zhao }),
  cancelled: aTicket({ status: 'cancelled' }),
  followedByDoctor: aTicket({ status: 'assigned', ...zhao, followerIds: ['doctor-wu'] }),
  /** A power pool job that 孙 (plumbing) grabbed: no longer in the pool. */
  grabbedBySun: aTicket({ status: 'accepted', assigneeId: 'tech-sun', inGrabPool: false }),
};
type State = keyof typeof tickets;

type Row = [Who, Action, State | 'none', Decision];

const ticketRows: Row[] = [
  // Reading a ticket
  ['nurse', 'view', 'submitted', 'allow'],
  ['colleague', 'view', 'submitted', 'allow'],
  ['wardTech', 'view', 'submitted', 'allow'],
  ['doctor', 'view', 'submitted', 'forbidden'],
  ['doctor', 'view', 'followedByDoctor', 'allow'],
  ['desk', 'view', 'closed', 'allow'],
  ['manager', 'view', 'submitted', 'allow'],
  ['admin', 'view', 'submitted', 'allow'],
  ['zhao', 'view', 'submitted', 'forbidden'],
  ['zhao', 'view', 'pool', 'allow'],
  ['sun', 'view', 'pool', 'forbidden'],
  ['zhao', 'view', 'assigned', 'allow'],
  ['sun', 'view', 'assigned', 'forbidden'],
  ['otherHospitalDesk', 'view', 'submitted', 'forbidden'],
  // Finding an open ticket at a place (to follow it)
  ['doctor', 'find', 'assigned', 'allow'],
  ['doctor', 'find', 'closed', 'forbidden'],
  ['otherHospitalDesk', 'find', 'assigned', 'forbidden'],
  // Commands: the desk
  ['desk', 'assign', 'submitted', 'allow'],
  ['desk', 'assign', 'onHold', 'allow'],
  ['desk', 'assign', 'completed', 'notNow'],
  ['manager', 'assign', 'submitted', 'forbidden'],
  ['nurse', 'assign', 'submitted', 'forbidden'],
  ['otherHospitalDesk', 'assign', 'submitted', 'forbidden'],
  ['desk', 'merge', 'submitted', 'allow'],
  ['desk', 'merge', 'closed', 'notNow'],
  ['desk', 'callback', 'confirmed', 'allow'],
  ['desk', 'callback', 'closed', 'notNow'],
  ['manager', 'callback', 'confirmed', 'forbidden'],
  ['desk', 'complaint', 'closed', 'allow'],
  ['desk', 'complaint', 'completed', 'notNow'],
  ['desk', 'cancel', 'onSite', 'allow'],
  ['desk', 'hold', 'accepted', 'allow'],
  ['desk', 'resume', 'onHold', 'allow'],
  ['desk', 'reopen', 'completed', 'allow'],
  ['desk', 'confirm', 'completed', 'forbidden'],
  // Commands: the assigned technician, and the others
  ['zhao', 'accept', 'assigned', 'allow'],
  ['zhao', 'accept', 'accepted', 'notNow'],
  ['sun', 'accept', 'assigned', 'forbidden'],
  ['desk', 'accept', 'assigned', 'forbidden'],
  ['zhao', 'arrive', 'accepted', 'allow'],
  ['zhao', 'arrive', 'assigned', 'notNow'],
  ['zhao', 'hold', 'onSite', 'allow'],
  ['zhao', 'hold', 'assigned', 'notNow'],
  ['nurse', 'hold', 'onSite', 'forbidden'],
  ['zhao', 'resume', 'onHold', 'allow'],
  ['zhao', 'complete', 'onSite', 'allow'],
  ['zhao', 'complete', 'accepted', 'notNow'],
  ['sun', 'complete', 'onSite', 'forbidden'],
  ['zhao', 'handBack', 'assigned', 'allow'],
  ['zhao', 'handBack', 'accepted', 'allow'],
  ['zhao', 'handBack', 'onSite', 'notNow'],
  ['zhao', 'requestTransfer', 'onHold', 'allow'],
  ['zhao', 'requestTransfer', 'completed', 'notNow'],
  ['zhao', 'cancel', 'assigned', 'forbidden'],
  ['zhao', 'confirm', 'completed', 'forbidden'],
  ['zhao', 'reopen', 'completed', 'forbidden'],
  // Grabbing a pool job (抢单)
  ['zhao', 'grab', 'pool', 'allow'],
  ['sun', 'grab', 'pool', 'forbidden'],
  ['zhao', 'grab', 'submitted', 'forbidden'],
  ['desk', 'grab', 'pool', 'forbidden'],
  ['otherHospitalTech', 'grab', 'pool', 'forbidden'],
  // Commands: the reporter, the ward, everyone else
  ['nurse', 'confirm', 'completed', 'allow'],
  ['colleague', 'confirm', 'completed', 'allow'],
  ['wardTech', 'confirm', 'completed', 'allow'],
  ['doctor', 'confirm', 'completed', 'forbidden'],
  ['nurse', 'confirm', 'onSite', 'notNow'],
  ['nurse', 'rate', 'confirmed', 'allow'],
  ['nurse', 'rate', 'closed', 'allow'],
  ['nurse', 'rate', 'completed', 'notNow'],
  ['colleague', 'rate', 'confirmed', 'forbidden'],
  ['nurse', 'reopen', 'confirmed', 'allow'],
  ['colleague', 'reopen', 'completed', 'allow'],
  ['nurse', 'reopen', 'closed', 'notNow'],
  ['nurse', 'cancel', 'submitted', 'allow'],
  ['nurse', 'cancel', 'assigned', 'allow'],
  ['nurse', 'cancel', 'accepted', 'notNow'],
  ['colleague', 'cancel', 'submitted', 'forbidden'],
  ['doctor', 'follow', 'submitted', 'allow'],
  ['doctor', 'follow', 'closed', 'notNow'],
  ['manager', 'follow', 'assigned', 'allow'],
  ['otherHospitalDesk', 'follow', 'submitted', 'forbidden'],
  // Who may be the technician of a ticket
  ['zhao', 'beAssigned', 'submitted', 'allow'],
  ['nurse', 'beAssigned', 'submitted', 'forbidden'],
  ['desk', 'beAssigned', 'submitted', 'forbidden'],
  ['otherHospitalTech', 'beAssigned', 'submitted', 'forbidden'],
  // Who learns that a pool job went to someone else
  ['zhao', 'hearPoolOutcome', 'grabbedBySun', 'allow'],
  ['nurse', 'hearPoolOutcome', 'grabbedBySun', 'forbidden'],
  ['zhao', 'hearPoolOutcome', 'pool', 'forbidden'],
];

const listRows: [Who, 'mine' | 'assigned' | 'pool' | 'queue' | 'callbacks', Decision][] = [
  ['nurse', 'mine', 'allow'],
  ['nurse', 'queue', 'forbidden'],
  ['nurse', 'assigned', 'forbidden'],
  ['nurse', 'callbacks', 'forbidden'],
  ['zhao', 'mine', 'allow'],
  ['zhao', 'assigned', 'allow'],
  ['zhao', 'pool', 'allow'],
  ['zhao', 'queue', 'forbidden'],
  ['desk', 'queue', 'allow'],
  ['desk', 'callbacks', 'allow'],
  ['desk', 'pool', 'forbidden'],
  ['manager', 'queue', 'allow'],
  ['manager', 'callbacks', 'allow'],
  ['admin', 'queue', 'allow'],
  ['admin', 'callbacks', 'forbidden'],
];

const deskOnly = { roles: ['dispatcher'] as const };
const reportReaders = { roles: ['manager', 'dispatcher', 'admin'] as const };
const routeRows: [Who, string, { roles?: readonly ('dispatcher' | 'manager' | 'admin')[] }, Decision][] = [
  ['nurse', 'any signed-in user', {}, 'allow'],
  ['desk', 'the desk only', deskOnly, 'allow'],
  ['manager', 'the desk only', deskOnly, 'forbidden'],
  ['zhao', 'the desk only', deskOnly, 'forbidden'],
  ['admin', 'reports', reportReaders, 'allow'],
  ['nurse', 'reports', reportReaders, 'forbidden'],
];

describe('the authorization policy', () => {
  it.each(ticketRows)('%s → %s on a %s ticket: %s', (who, action, state, expected) => {
    const resource = (state === 'none' ? null : tickets[state]) as ResourceOf<typeof action>;
    expect(decide(users[who], action, resource)).toBe(expected);
  });

  it.each(listRows)('%s → list %s: %s', (who, scope, expected) => {
    expect(decide(users[who], 'list', scope)).toBe(expected);
  });

  it.each(routeRows)('%s → a route for %s: %s', (who, _what, route, expected) => {
    expect(decide(users[who], 'call', route)).toBe(expected);
  });

  it('lets staff of any role sign a desk PC in, and no guest', () => {
    const guest = aUser({ id: 'u-guest', roles: ['reporter'], kind: 'guest' });
    expect(can(users.desk, 'confirmPcLogin', null)).toBe(true);
    expect(can(users.nurse, 'confirmPcLogin', null)).toBe(true);
    expect(can(guest, 'confirmPcLogin', null)).toBe(false);
  });

  it('lets only a dispatcher take over the desk', () => {
    expect(can(users.desk, 'takeOverDesk', null)).toBe(true);
    expect(can(users.manager, 'takeOverDesk', null)).toBe(false);
  });

  it('lists the commands allowed now, in the contract order', () => {
    const list = (u: UserRecord, t: TicketRecord) => allowedCommands(u, t);
    expect(list(users.zhao, tickets.assigned)).toEqual(['accept', 'follow', 'handBack', 'requestTransfer']);
    expect(list(users.nurse, tickets.completed)).toEqual(['confirm', 'reopen']);
    expect(list(users.desk, tickets.confirmed)).toEqual(['reopen', 'callback', 'complaint']);
    expect(list(users.manager, tickets.onSite)).toEqual(['follow']);
    expect(list(users.otherHospitalDesk, tickets.submitted)).toEqual([]);
  });

  it('offers no follow to the reporter of the ticket, nor to one who follows it already', () => {
    const list = (u: UserRecord, t: TicketRecord) => allowedCommands(u, t);
    expect(list(users.nurse, tickets.submitted)).toEqual(['cancel']);
    expect(list(users.nurse, tickets.assigned)).toEqual(['cancel']);
    expect(list(users.doctor, tickets.followedByDoctor)).toEqual([]);
    expect(list(users.doctor, tickets.assigned)).toEqual(['follow']);
  });
});
