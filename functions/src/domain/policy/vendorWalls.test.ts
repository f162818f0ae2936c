import type { TicketRecord } from '../records';
import { aTicket, aUser, people } from '../testing/factories';
import { rankCandidates } from '../dispatch/candidates';
import { can, decide, type Action, type Decision, type ResourceOf } from './can';

/**
 * The walls around a vendor's people (issue 16), against a table written by hand from
 * design16 §Vendors: a vendor technician sees only the jobs assigned to them and their vendor's
 * pool; a vendor manager reads their vendor's jobs in full but no personal data; neither
 * reaches hospital lists; vendor jobs go only to the vendor's technicians and in-house jobs
 * never to them.
 */
const users = {
  zhao: people.zhao,
  desk: people.desk,
  manager: people.manager,
  otisTech: aUser({ id: 'otis-liu', roles: ['technician'], skills: ['elevator', 'power'], vendorId: 'otis' }),
  otisMgr: aUser({ id: 'otis-wang', roles: ['vendor_manager'], vendorId: 'otis' }),
  koneTech: aUser({ id: 'kone-li', roles: ['technician'], skills: ['elevator'], vendorId: 'kone' }),
  liftZhao: aUser({ id: 'tech-zhao-2', roles: ['technician'], skills: ['elevator'] }),
};
type Who = keyof typeof users;

const otisJob = (patch: Partial<TicketRecord> = {}) => aTicket({ categoryCode: 'elevator', vendorId: 'otis', contactPhone: '13900001234', ...patch });
const tickets = {
  otisAssigned: otisJob({ status: 'assigned', assigneeId: 'otis-liu', assigneeName: '刘师傅' }),
  otisPool: otisJob({ inGrabPool: true }),
  otisOther: otisJob({ status: 'assigned', assigneeId: 'otis-other', assigneeName: '另一位' }),
  koneAssigned: aTicket({ categoryCode: 'elevator', vendorId: 'kone', status: 'assigned', assigneeId: 'kone-li' }),
  inHousePool: aTicket({ categoryCode: 'elevator', inGrabPool: true }),
  inHouse: aTicket({ categoryCode: 'power', status: 'assigned', assigneeId: 'tech-zhao' }),
};
type T = keyof typeof tickets;

const A: Decision = 'allow';
const F: Decision = 'forbidden';

// who, action, ticket, decision — by hand.
const rows: [Who, Action, T, Decision][] = [
  // The vendor technician: their job and their vendor's pool, in full; the phone while assigned.
  ['otisTech', 'view', 'otisAssigned', A],
  ['otisTech', 'readInFull', 'otisAssigned', A],
  ['otisTech', 'seePersonalData', 'otisAssigned', A],
  ['otisTech', 'accept', 'otisAssigned', A],
  ['otisTech', 'view', 'otisPool', A],
  ['otisTech', 'seePersonalData', 'otisPool', F],
  ['otisTech', 'grab', 'otisPool', A],
  // … not a colleague's job of the same vendor, another vendor's, or the hospital's (not even to follow or find).
  ['otisTech', 'view', 'otisOther', F],
  ['otisTech', 'view', 'koneAssigned', F],
  ['otisTech', 'view', 'inHouse', F],
  ['otisTech', 'find', 'inHouse', F],
  ['otisTech', 'follow', 'inHouse', F],
  ['otisTech', 'view', 'inHousePool', F],
  ['otisTech', 'grab', 'inHousePool', F],
  ['otisTech', 'seeStaffNames', 'inHouse', F],
  // The vendor manager: every job of their vendor in full, no personal data, no commands; nothing else.
  ['otisMgr', 'readInFull', 'otisOther', A],
  ['otisMgr', 'readInFull', 'otisPool', A],
  ['otisMgr', 'seePersonalData', 'otisAssigned', F],
  ['otisMgr', 'accept', 'otisAssigned', F],
  ['otisMgr', 'view', 'koneAssigned', F],
  ['otisMgr', 'view', 'inHouse', F],
  // Another vendor's technician: only their own vendor's.
  ['koneTech', 'view', 'koneAssigned', A],
  ['koneTech', 'view', 'otisPool', F],
  ['koneTech', 'grab', 'otisPool', F],
  // In-house: an in-house technician skilled in lifts may not grab a vendor's pool job, but the desk and managers read vendor jobs.
  ['liftZhao', 'grab', 'otisPool', F],
  ['liftZhao', 'grab', 'inHousePool', A],
  ['desk', 'readInFull', 'otisAssigned', A],
  ['desk', 'assign', 'otisAssigned', A],
  ['manager', 'seePersonalData', 'otisAssigned', A],
  // Being assigned: a vendor job only to its vendor's technicians; an in-house job never to a vendor's.
  ['otisTech', 'beAssigned', 'otisPool', A],
  ['koneTech', 'beAssigned', 'otisPool', F],
  ['zhao', 'beAssigned', 'otisPool', F],
  ['otisTech', 'beAssigned', 'inHouse', F],
  ['zhao', 'beAssigned', 'inHouse', A],
];

describe('the walls around vendor staff', () => {
  it.each(rows)('%s × %s × %s → %s', (who, action, ticket, expected) => {
    expect(decide(users[who], action, tickets[ticket] as ResourceOf<typeof action>)).toBe(expected);
  });

  it.each([
    ['otisTech', 'assigned', A],
    ['otisTech', 'pool', A],
    ['otisTech', 'queue', F],
    ['otisTech', 'search', F],
    ['otisTech', 'callbacks', F],
    ['otisTech', 'complaints', F],
    ['otisMgr', 'queue', F],
    ['otisMgr', 'assigned', F],
  ] as const)('%s lists %s → %s', (who, scope, expected) => {
    expect(decide(users[who], 'list', scope)).toBe(expected);
  });

  it.each([
    ['a route that says vendors allowed, within its roles', 'otisTech', { vendors: 'allowed' as const }, A],
    ['a route for technicians that does not say so', 'otisTech', { roles: ['technician'] as const }, F],
    ['a vendor route for vendor managers, by a vendor technician', 'otisTech', { roles: ['vendor_manager'] as const, vendors: 'allowed' as const }, F],
    ['a hospital route, by an in-house technician', 'zhao', { roles: ['technician'] as const }, A],
  ] as const)('call: %s', (_, who, route, expected) => {
    expect(decide(users[who], 'call', route)).toBe(expected);
  });

  it.each([
    ['otisMgr', 'otis', 'readEntry', A],
    ['otisMgr', 'kone', 'readEntry', F],
    ['otisMgr', 'otis', 'manage', F],
    ['otisTech', 'otis', 'readEntry', F],
    ['desk', 'otis', 'readEntry', A],
    ['manager', 'otis', 'manage', F],
    ['zhao', 'otis', 'readEntry', F],
  ] as const)('%s × vendor %s × %s → %s', (who, vendorId, act, expected) => {
    expect(decide(users[who], 'vendor', { vendorId, act })).toBe(expected);
  });

  it('ranks only the vendor’s technicians for a vendor job, and only the hospital’s for an in-house one', () => {
    const technicians = [users.zhao, users.liftZhao, users.otisTech, users.koneTech];
    const rank = (t: TicketRecord) => rankCandidates(t, { technicians, openJobsOf: () => 0, now: new Date('2026-11-23T02:00:00.000Z'), timezone: 'Asia/Shanghai' }).map((c) => c.user.id).sort();
    expect(rank(tickets.otisPool)).toEqual(['otis-liu']);
    expect(rank(tickets.inHousePool)).toEqual(['tech-zhao', 'tech-zhao-2']);
    expect(can(people.admin, 'vendor', { vendorId: 'otis', act: 'manage' })).toBe(true);
  });
});
