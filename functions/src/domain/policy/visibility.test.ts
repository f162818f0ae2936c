import { aTicket, aUser, people } from '../testing/factories';
import { allowedCommands } from '../tickets/permissions';
import { can, decide, type Decision, type ReportPlace } from './can';

/**
 * Who sees what (README: "Who sees what"), written by hand from that table, not from the
 * policy: per user and ticket, may they open it at all, read it in full (photos, completion,
 * notes), read the personal data (reporter's name, department, phone), see staff by name, and
 * read a description the content check holds.
 */

const guest = aUser({ id: 'guest-1', kind: 'guest', name: '微信用户' });
const users = {
  ...people,
  guest,
  otherGuest: aUser({ id: 'guest-2', kind: 'guest', name: '微信用户' }),
  otherHospitalDesk: aUser({ id: 'desk-x', hospitalId: 'h2', roles: ['dispatcher'] }),
  otherHospitalManager: aUser({ id: 'manager-x', hospitalId: 'h2', roles: ['manager'] }),
};
type Who = keyof typeof users;

const zhao = { assigneeId: 'tech-zhao', assigneeName: '赵师傅' };
const flagged = { contentReview: { suggest: 'risky' as const, label: 20001 } };
const byGuest = { reporterId: 'guest-1', reporterName: '微信用户', reporterDepartment: null };
// Tickets of 李护士 (心内科病区), category power, unless said otherwise.
const tickets = {
  assigned: aTicket({ status: 'assigned', ...zhao, contactPhone: '138 0013 8000' }),
  followedByDoctor: aTicket({ status: 'assigned', ...zhao, followerIds: ['doctor-wu'] }),
  pool: aTicket({ inGrabPool: true }),
  /** Held by the content check: not dispatched yet. */
  held: aTicket(flagged),
  /** The desk released it by assigning it. */
  released: aTicket({ status: 'assigned', ...zhao, ...flagged }),
  byGuest: aTicket({ ...byGuest, status: 'completed', ...zhao }),
  heldByGuest: aTicket({ ...byGuest, ...flagged }),
  /** The desk merged guest-2's report into this one: guest-2 follows it. */
  followedByGuest: aTicket({ status: 'assigned', ...zhao, followerIds: ['guest-2'] }),
};
type State = keyof typeof tickets;

const Y: Decision = 'allow';
const N: Decision = 'forbidden';
// who, ticket, [view, readInFull, seePersonalData, seeStaffNames, readHeldText]
const rows: [Who, State, [Decision, Decision, Decision, Decision, Decision]][] = [
  // The reporter, the department, the assignee, the desk, managers, admins
  ['nurse', 'assigned', [Y, Y, Y, Y, Y]],
  ['colleague', 'assigned', [Y, Y, N, Y, Y]],
  ['zhao', 'assigned', [Y, Y, Y, Y, Y]],
  ['desk', 'assigned', [Y, Y, Y, Y, Y]],
  ['manager', 'assigned', [Y, Y, Y, Y, Y]],
  ['admin', 'assigned', [Y, Y, N, Y, Y]],
  // Other staff: a technician not on it sees names in the lists they read, nothing of the ticket itself
  ['sun', 'assigned', [N, N, N, Y, Y]],
  ['doctor', 'assigned', [N, N, N, N, Y]],
  // A follower: the summary only
  ['doctor', 'followedByDoctor', [Y, N, N, N, Y]],
  // A pool job: the qualified technician reads it in full but no personal data until assigned
  ['zhao', 'pool', [Y, Y, N, Y, Y]],
  ['sun', 'pool', [N, N, N, Y, Y]],
  // Held text: its author and the desk only, until the desk releases it
  ['nurse', 'held', [Y, Y, Y, Y, Y]],
  ['desk', 'held', [Y, Y, Y, Y, Y]],
  ['manager', 'held', [Y, Y, Y, Y, N]],
  ['admin', 'held', [Y, Y, N, Y, N]],
  ['colleague', 'held', [Y, Y, N, Y, N]],
  ['manager', 'released', [Y, Y, Y, Y, Y]],
  ['colleague', 'released', [Y, Y, N, Y, Y]],
  // Guests: their own tickets, without anyone's name
  ['guest', 'byGuest', [Y, Y, Y, N, Y]],
  ['otherGuest', 'byGuest', [N, N, N, N, Y]],
  ['guest', 'assigned', [N, N, N, N, Y]],
  ['guest', 'heldByGuest', [Y, Y, Y, N, Y]],
  ['manager', 'heldByGuest', [Y, Y, Y, Y, N]],
  ['otherGuest', 'followedByGuest', [Y, N, N, N, Y]],
  ['zhao', 'byGuest', [Y, Y, Y, Y, Y]],
  ['nurse', 'byGuest', [N, N, N, N, Y]],
  // Another hospital: nothing at all
  ['otherHospitalDesk', 'assigned', [N, N, N, N, N]],
  ['otherHospitalManager', 'held', [N, N, N, N, N]],
];

const LENS_ACTIONS = ['view', 'readInFull', 'seePersonalData', 'seeStaffNames', 'readHeldText'] as const;

describe('who sees what of a ticket', () => {
  it.each(rows)('%s × %s ticket', (who, state, expected) => {
    const answers = LENS_ACTIONS.map((action) => decide(users[who], action, tickets[state]));
    expect(answers).toEqual(expected);
  });
});

describe('what a guest may do', () => {
  const staffOnly = {};
  const openToGuests = { guests: 'allowed' as const };
  const deskOnly = { roles: ['dispatcher'] as const };
  it.each([
    ['guest', staffOnly, N],
    ['guest', openToGuests, Y],
    ['guest', deskOnly, N],
    ['nurse', staffOnly, Y],
    ['nurse', openToGuests, Y],
  ] as [Who, { roles?: readonly 'dispatcher'[]; guests?: 'allowed' }, Decision][])('%s calling a route %o: %s', (who, route, expected) => {
    expect(decide(users[who], 'call', route)).toBe(expected);
  });

  it.each([
    ['guest', 'mine', Y],
    ['guest', 'queue', N],
    ['guest', 'assigned', N],
    ['guest', 'pool', N],
    ['guest', 'callbacks', N],
  ] as [Who, 'mine' | 'queue' | 'assigned' | 'pool' | 'callbacks', Decision][])('%s listing %s: %s', (who, scope, expected) => {
    expect(decide(users[who], 'list', scope)).toBe(expected);
  });

  it.each([
    ['guest', { qrCode: 'R-B5-0301', scannedByReporter: true }, Y],
    ['guest', { qrCode: 'R-B5-0301', scannedByReporter: false }, N],
    ['guest', { qrCode: null, scannedByReporter: false }, N],
    ['nurse', { qrCode: null, scannedByReporter: false }, Y],
    ['nurse', { qrCode: 'R-B5-0301', scannedByReporter: false }, Y],
  ] as [Who, ReportPlace, Decision][])('%s reporting at %o: %s', (who, place, expected) => {
    expect(decide(users[who], 'reportAt', place)).toBe(expected);
  });

  it('finds no open ticket of someone else to follow, where staff may', () => {
    expect(can(users.guest, 'find', tickets.assigned)).toBe(false);
    expect(can(users.guest, 'follow', tickets.assigned)).toBe(false);
    expect(can(users.doctor, 'find', tickets.assigned)).toBe(true);
  });

  it('confirms and rates their own tickets, and nothing of anyone else’s', () => {
    expect(allowedCommands(users.guest, tickets.byGuest)).toEqual(['confirm', 'reopen']);
    expect(allowedCommands(users.guest, aTicket({ ...byGuest, status: 'confirmed' }))).toEqual(['rate', 'reopen']);
    expect(allowedCommands(users.guest, aTicket({ ...byGuest }))).toEqual(['cancel']);
    expect(allowedCommands(users.otherGuest, tickets.byGuest)).toEqual([]);
    expect(allowedCommands(users.otherGuest, tickets.followedByGuest)).toEqual([]);
  });
});
