import type { Role } from '../../contract/enums';
import type { TicketCommand } from '../../contract/lifecycle';
import type { ListTicketsQuery } from '../../contract/tickets';
import type { TicketRecord, UserRecord } from '../records';
import type { WorkOrderRecord } from '../planned/records';
import { isGuest, isVendorStaff, onSameSide } from '../access';
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
  /** Call an API route: its declared roles (none: any signed-in staff member); guests only where it says so. */
  call: { roles?: readonly Role[]; guests?: 'allowed'; vendors?: 'allowed' };
  /** Open a ticket at all (in full or as its summary, see the next four). */
  view: TicketRecord;
  /** Read it beyond the summary: photos, the completion, the steps' notes and the staff on it. */
  readInFull: TicketRecord;
  /** Read the reporter's name, department and phone (and a technician's phone). */
  seePersonalData: TicketRecord;
  /** Read who did what by name (the assignee, the timeline's people; not their phones). */
  seeStaffNames: TicketRecord;
  /** Read a description the content check holds, before the desk releases it. */
  readHeldText: TicketRecord;
  /** Find an open ticket by its place (the QR lookup shows it) to follow it, without reading it first. */
  find: TicketRecord;
  /** Report a fault at this label (guests: only at labels they scanned). */
  reportAt: ReportPlace;
  /** Read a list of tickets. */
  list: ListScope;
  /** Be the technician a ticket is assigned to. */
  beAssigned: TicketRecord;
  /** Take over the desk at a shift handover. */
  takeOverDesk: null;
  /** Enter a report for someone else: a phone call, a visitor at the counter, a WeChat message. */
  reportForCaller: null;
  /** Be told that a pool job they tried to grab went to someone else (rather than "not found"). */
  hearPoolOutcome: TicketRecord;
  /** Sign a desk PC in as themselves by scanning its QR (staff only). */
  confirmPcLogin: null;
  /** A planned work order (issue 15): see it, run it (start, checkpoints, postpone, complete), or give it to a technician. */
  plannedWork: { order: WorkOrderRecord; act: PlannedWorkAct };
  /** A vendor's own data (issue 16): its register entry and contract, jobs, scorecard, spot checks and disputes. */
  vendor: { vendorId: string; act: VendorAct };
  /** A major incident (issue 16): read it, acknowledge / be on site (its roster), or run it (note, plan, links, close). */
  incident: { hospitalId: string; rosterIds: readonly string[]; act: IncidentAct };
}
export type IncidentAct = 'read' | 'respond' | 'command';
/**
 * manage: create and edit the vendor and its contract; readJobs: its tickets; readScorecard: the
 * monthly scorecard and its Excel; raiseDispute / decideDispute: a ticket's count on a measure;
 * spotCheck: draw a sample of its completed jobs and record the on-site inspection (质检抽查);
 * readEntry: its register entry and contract (VORG: a vendor manager reads their own, without the hospital's notes).
 */
export type VendorAct = 'manage' | 'readJobs' | 'readScorecard' | 'raiseDispute' | 'decideDispute' | 'spotCheck' | 'readEntry';
export type PlannedWorkAct = 'view' | 'run' | 'assign';
/** Where a report is made: by a scanned label or a place picked from the list. */
export interface ReportPlace {
  qrCode: string | null;
  /** The reporter scanned this label recently (domain/catalog/labelScans.ts). */
  scannedByReporter: boolean;
}

export type Action = keyof Resources | TicketCommand;
export type ResourceOf<A extends Action> = A extends keyof Resources ? Resources[A] : TicketRecord;

/** `notNow`: the user may give this command, but not in the ticket's current status (409, not 403). */
export type Decision = 'allow' | 'forbidden' | 'notNow';

/** Roles that see every ticket of their own hospital. */
const HOSPITAL_WIDE_READERS: readonly Role[] = ['dispatcher', 'manager', 'admin'];

/** Who may read which list (mine: anyone, guests too, since anyone may report a fault). */
const LIST_READERS: Record<ListScope, readonly Role[] | 'anyone'> = {
  mine: 'anyone',
  assigned: ['technician'],
  pool: ['technician'],
  queue: HOSPITAL_WIDE_READERS,
  callbacks: ['dispatcher', 'manager'],
  search: HOSPITAL_WIDE_READERS,
  complaints: ['dispatcher', 'manager'],
};

/** The only lists a vendor's people reach (their vendor's jobs are their manager's scorecard's, VSCORE). */
const VENDOR_STAFF_LISTS: readonly ListScope[] = ['mine', 'assigned', 'pool'];

export function hasAnyRole(user: UserRecord, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

/** Skilled in the category, and on the ticket's side: a vendor's job for its technicians, an in-house one for the hospital's. */
function isQualifiedFor(user: UserRecord, ticket: TicketRecord): boolean {
  return user.roles.includes('technician') && user.skills.includes(ticket.categoryCode) && onSameSide(user, ticket);
}

/**
 * The walls around a vendor's people (issue 16): they stand to a ticket only as its assigned
 * technician or a qualified technician of its pool — never as members of the hospital (no follow,
 * no department, no desk) — and only to their own vendor's tickets.
 */
function vendorRelationsOf(user: UserRecord & { vendorId: string }, ticket: TicketRecord): Set<Relation> {
  const relations = new Set<Relation>();
  if (user.hospitalId !== ticket.hospitalId || ticket.vendorId !== user.vendorId) return relations;
  if (user.roles.includes('technician') && ticket.assigneeId === user.id) relations.add('assignee');
  if (ticket.inGrabPool && isQualifiedFor(user, ticket)) relations.add('qualifiedTechnician');
  return relations;
}

/** A vendor_manager of the ticket's own vendor: reads their vendor's jobs in full, never personal data. */
function isManagerOfVendorOf(user: UserRecord, ticket: TicketRecord): boolean {
  return isVendorStaff(user) && user.hospitalId === ticket.hospitalId && ticket.vendorId === user.vendorId && user.roles.includes('vendor_manager');
}

/** How the user stands to the ticket (nothing at all for a user of another hospital). */
export function relationsOf(user: UserRecord, ticket: TicketRecord): Set<Relation> {
  const relations = new Set<Relation>();
  if (user.hospitalId !== ticket.hospitalId) return relations;
  // A guest stands to a ticket only as its reporter: no member's follow, no desk, no department.
  if (isGuest(user)) return ticket.reporterId === user.id ? new Set<Relation>(['reporter']) : relations;
  if (isVendorStaff(user)) return vendorRelationsOf(user, ticket);
  relations.add('member');
  if (user.roles.includes('dispatcher')) relations.add('desk');
  if (user.roles.includes('technician') && ticket.assigneeId === user.id) relations.add('assignee');
  if (ticket.reporterId === user.id) relations.add('reporter');
  // The reporting department shares its tickets: a colleague may confirm a repair on the next shift.
  if (ticket.reporterId !== user.id && user.department !== null && user.department === ticket.reporterDepartment) relations.add('colleague');
  if (ticket.inGrabPool && isQualifiedFor(user, ticket)) relations.add('qualifiedTechnician');
  // The supervision group inspects outsourced work only: an in-house job has no spot check.
  if (user.roles.includes('manager') && ticket.vendorId) relations.add('supervisor');
  return relations;
}

/**
 * Within a hospital: the desk, managers and admins see all; a reporter and the reporting
 * department their own; a technician their jobs and the pool jobs they may grab — all of these
 * in full. A follower sees the summary only. A guest sees only what they reported.
 */
function mayReadInFull(user: UserRecord, ticket: TicketRecord): boolean {
  if (user.hospitalId !== ticket.hospitalId) return false;
  if (isGuest(user)) return ticket.reporterId === user.id;
  if (isVendorStaff(user)) {
    const relations = relationsOf(user, ticket);
    return relations.has('assignee') || relations.has('qualifiedTechnician') || isManagerOfVendorOf(user, ticket);
  }
  if (hasAnyRole(user, HOSPITAL_WIDE_READERS)) return true;
  const relations = relationsOf(user, ticket);
  return relations.has('reporter') || relations.has('colleague') || relations.has('assignee') || relations.has('qualifiedTechnician');
}

function mayView(user: UserRecord, ticket: TicketRecord): boolean {
  if (mayReadInFull(user, ticket)) return true;
  if (isVendorStaff(user)) return false;
  // Followers read the summary; a guest follows only where the desk merged their report into another.
  return user.hospitalId === ticket.hospitalId && ticket.followerIds.includes(user.id);
}

/** Personal data: the reporter, the assigned technician, and that hospital's desk and managers (not admins, not colleagues). */
function maySeePersonalData(user: UserRecord, ticket: TicketRecord): boolean {
  if (user.hospitalId !== ticket.hospitalId) return false;
  // A vendor's technician while assigned, as in-house ones; its manager never (relationsOf has no vendor_manager relation).
  if (isVendorStaff(user)) return relationsOf(user, ticket).has('assignee');
  if (hasAnyRole(user, ['dispatcher', 'manager'])) return true;
  const relations = relationsOf(user, ticket);
  return relations.has('reporter') || relations.has('assignee');
}

/**
 * Staff names (who is assigned, who did what; not their phones): staff who read the ticket in
 * full, and the working roles in the lists they read (a device's history). Never guests; and a
 * follower's summary view drops them whatever the role (presenters/ticketViews.ts).
 */
function maySeeStaffNames(user: UserRecord, ticket: TicketRecord): boolean {
  if (isGuest(user) || user.hospitalId !== ticket.hospitalId) return false;
  if (isVendorStaff(user)) return mayReadInFull(user, ticket);
  return mayReadInFull(user, ticket) || hasAnyRole(user, ['technician', ...HOSPITAL_WIDE_READERS]);
}

/**
 * Text the content check holds stays with its author and the desk until the desk releases it by
 * dispatching the ticket; a held report the desk cancels stays held.
 */
export function isTextHeld(ticket: TicketRecord): boolean {
  return !!ticket.contentReview && ticket.assigneeId === null && ticket.acceptedAt === null && !ticket.inGrabPool;
}

function mayReadHeldText(user: UserRecord, ticket: TicketRecord): boolean {
  if (user.hospitalId !== ticket.hospitalId) return false;
  if (isVendorStaff(user)) return !isTextHeld(ticket) && mayReadInFull(user, ticket);
  return !isTextHeld(ticket) || ticket.reporterId === user.id || user.roles.includes('dispatcher');
}

/** Staff may report anywhere in their hospital; a guest only at a label they scanned. */
function mayReportAt(user: UserRecord, place: ReportPlace): boolean {
  return !isGuest(user) || (place.qrCode !== null && place.scannedByReporter);
}

function decideCommand(user: UserRecord, command: TicketCommand, ticket: TicketRecord): Decision {
  const relations = relationsOf(user, ticket);
  if (!appearsIn(command, relations)) return 'forbidden';
  return fromStatuses(command, relations).has(ticket.status) ? 'allow' : 'notNow';
}

const allowIf = (yes: boolean): Decision => (yes ? 'allow' : 'forbidden');

/**
 * An order nobody has taken yet is its team's (the plan names a team), else that of every
 * technician skilled in its category; whoever of them takes it becomes its technician.
 */
function mayTakeOrder(user: UserRecord, order: WorkOrderRecord): boolean {
  if (order.technicianId !== null || !user.roles.includes('technician')) return false;
  return order.team ? (user.team ?? null) === order.team : user.skills.includes(order.categoryCode);
}

/** Its technician runs an order (or a team member takes it); the desk and managers see them all and the desk reassigns; nobody outside the hospital sees any. */
function decidePlannedWork(user: UserRecord, { order, act }: Resources['plannedWork']): Decision {
  if (isGuest(user) || user.hospitalId !== order.hospitalId) return 'forbidden';
  const runs = (user.roles.includes('technician') && order.technicianId === user.id) || mayTakeOrder(user, order);
  switch (act) {
    case 'view':
      return allowIf(runs || hasAnyRole(user, HOSPITAL_WIDE_READERS));
    case 'run':
      return allowIf(runs);
    case 'assign':
      return allowIf(user.roles.includes('dispatcher'));
  }
}

/** The hospital's side of each vendor act, by role; a vendor_manager acts only for their own vendor. */
const VENDOR_ACTS_OF_HOSPITAL: Record<VendorAct, readonly Role[]> = {
  manage: ['admin'],
  readJobs: HOSPITAL_WIDE_READERS,
  readScorecard: ['manager', 'admin'],
  raiseDispute: [],
  decideDispute: ['manager'],
  spotCheck: ['manager'],
  readEntry: HOSPITAL_WIDE_READERS,
};
const VENDOR_ACTS_OF_VENDOR_MANAGER: readonly VendorAct[] = ['readJobs', 'readScorecard', 'raiseDispute', 'readEntry'];

function decideVendor(user: UserRecord, { vendorId, act }: Resources['vendor']): Decision {
  if (isGuest(user)) return 'forbidden';
  if (isVendorStaff(user)) return allowIf(user.vendorId === vendorId && user.roles.includes('vendor_manager') && VENDOR_ACTS_OF_VENDOR_MANAGER.includes(act));
  return allowIf(hasAnyRole(user, VENDOR_ACTS_OF_HOSPITAL[act]));
}

/** The desk and managers run an incident; its roster reads it and responds; admins read it (the settings are theirs). */
function mayIncident(user: UserRecord, { hospitalId, rosterIds, act }: Resources['incident']): boolean {
  if (user.hospitalId !== hospitalId || isGuest(user) || isVendorStaff(user)) return false;
  if (hasAnyRole(user, ['dispatcher', 'manager'])) return true;
  if (act === 'command') return false;
  return rosterIds.includes(user.id) || (act === 'read' && user.roles.includes('admin'));
}

export function decide<A extends Action>(user: UserRecord, action: A, resource: ResourceOf<A>): Decision {
  switch (action) {
    case 'call': {
      const { roles, guests, vendors } = resource as Resources['call'];
      if (isGuest(user)) return allowIf(guests === 'allowed' && !roles);
      if (isVendorStaff(user) && vendors !== 'allowed') return 'forbidden';
      return allowIf(!roles || hasAnyRole(user, roles));
    }
    case 'view':
      return allowIf(mayView(user, resource as TicketRecord));
    case 'readInFull':
      return allowIf(mayReadInFull(user, resource as TicketRecord));
    case 'seePersonalData':
      return allowIf(maySeePersonalData(user, resource as TicketRecord));
    case 'seeStaffNames':
      return allowIf(maySeeStaffNames(user, resource as TicketRecord));
    case 'readHeldText':
      return allowIf(mayReadHeldText(user, resource as TicketRecord));
    case 'find': {
      // A guest finds nothing beyond their own tickets: the QR lookup shows them a summary only.
      const ticket = resource as TicketRecord;
      return allowIf(mayView(user, ticket) || (!isGuest(user) && !isVendorStaff(user) && user.hospitalId === ticket.hospitalId && isActive(ticket.status)));
    }
    case 'reportAt':
      return allowIf(mayReportAt(user, resource as ReportPlace));
    case 'list': {
      const readers = LIST_READERS[resource as ListScope];
      if (isGuest(user)) return allowIf(readers === 'anyone');
      // A vendor's technician: their jobs and their vendor's pool (and their own reports, none); no hospital list.
      if (isVendorStaff(user)) return allowIf(VENDOR_STAFF_LISTS.includes(resource as ListScope) && (readers === 'anyone' || hasAnyRole(user, readers)));
      return allowIf(readers === 'anyone' || hasAnyRole(user, readers));
    }
    case 'beAssigned':
      return allowIf(user.roles.includes('technician') && user.hospitalId === (resource as TicketRecord).hospitalId && onSameSide(user, resource as TicketRecord));
    case 'takeOverDesk':
    case 'reportForCaller':
      return allowIf(user.roles.includes('dispatcher'));
    case 'hearPoolOutcome': {
      const ticket = resource as TicketRecord;
      return allowIf(user.hospitalId === ticket.hospitalId && isQualifiedFor(user, ticket) && ticket.assigneeId !== null && !ticket.inGrabPool);
    }
    case 'confirmPcLogin':
      return allowIf(!isGuest(user));
    case 'plannedWork':
      return decidePlannedWork(user, resource as Resources['plannedWork']);
    case 'vendor':
      return decideVendor(user, resource as Resources['vendor']);
    case 'incident':
      return allowIf(mayIncident(user, resource as Resources['incident']));
    default:
      return decideCommand(user, action as TicketCommand, resource as TicketRecord);
  }
}

/** May `user` do `action` to `resource`? */
export function can<A extends Action>(user: UserRecord, action: A, resource: ResourceOf<A>): boolean {
  return decide(user, action, resource) === 'allow';
}

/** Which report limits a user's reports count against (limits/reportLimits.ts holds the numbers). */
export type ReportLimitClass = 'guest' | 'staffReporter';

/** Roles whose reports are the desk's and technicians' own work (tickets entered for phone callers, faults found on rounds): never limited. */
const UNLIMITED_REPORTERS: readonly Role[] = ['dispatcher', 'technician', 'manager', 'admin'];

/** Guests and staff reporters are limited; the desk, technicians, managers and admins are not. */
export function reportLimitClassOf(user: UserRecord): ReportLimitClass | null {
  if (isGuest(user)) return 'guest';
  return hasAnyRole(user, UNLIMITED_REPORTERS) ? null : 'staffReporter';
}

/**
 * Whether the user's emergency starts the emergency chain at once. A guest's (patient, visitor,
 * unlinked account) waits for the desk to confirm it (the confirmEmergency command).
 */
export function mayRaiseEmergency(user: UserRecord): boolean {
  return !isGuest(user);
}
