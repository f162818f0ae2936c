import type { TicketStatus } from '../../contract/enums';
import type { TicketRecord, UserRecord } from '../records';
import { ACTIVE_STATUSES } from './ticketStatus';

export const TICKET_COMMANDS = [
  'assign',
  'accept',
  'arrive',
  'hold',
  'resume',
  'complete',
  'confirm',
  'rate',
  'reopen',
  'cancel',
  'follow',
  'merge',
  'handBack',
  'requestTransfer',
  'grab',
  'callback',
  'complaint',
] as const;
export type TicketCommand = (typeof TICKET_COMMANDS)[number];

/**
 * How a user stands to a ticket. A user can stand in several ways at once (a nurse who reported
 * it and works in the same department).
 */
export type Relation = 'desk' | 'assignee' | 'reporter' | 'colleague' | 'qualifiedTechnician' | 'member';

const UNFINISHED: readonly TicketStatus[] = ['submitted', 'assigned', 'accepted', 'on_site', 'on_hold'];

/**
 * THE permission matrix, written down once: for each command, which relation may give it, and
 * from which statuses. Every cell is tested (test/integration/permissions.test.ts).
 * Managers and admins read everything and command nothing here: reports are their tools.
 */
export const PERMISSION_MATRIX: Record<TicketCommand, Partial<Record<Relation, readonly TicketStatus[]>>> = {
  assign: { desk: UNFINISHED },
  accept: { assignee: ['assigned'] },
  arrive: { assignee: ['accepted'] },
  hold: { assignee: ['accepted', 'on_site'], desk: ['accepted', 'on_site'] },
  resume: { assignee: ['on_hold'], desk: ['on_hold'] },
  complete: { assignee: ['on_site'] },
  confirm: { reporter: ['completed'], colleague: ['completed'] },
  rate: { reporter: ['confirmed', 'closed'] },
  reopen: { reporter: ['completed', 'confirmed'], colleague: ['completed', 'confirmed'], desk: ['completed', 'confirmed'] },
  cancel: { reporter: ['submitted', 'assigned'], desk: UNFINISHED },
  follow: { member: ACTIVE_STATUSES },
  merge: { desk: ACTIVE_STATUSES },
  handBack: { assignee: ['assigned', 'accepted'] },
  requestTransfer: { assignee: ['assigned', 'accepted', 'on_site', 'on_hold'] },
  grab: { qualifiedTechnician: ['submitted'] },
  callback: { desk: ['confirmed'] },
  complaint: { desk: ['confirmed', 'closed'] },
};

export function relationsOf(user: UserRecord, ticket: TicketRecord): Set<Relation> {
  const relations = new Set<Relation>();
  if (user.hospitalId !== ticket.hospitalId) return relations;
  relations.add('member');
  if (user.roles.includes('dispatcher')) relations.add('desk');
  if (user.roles.includes('technician') && ticket.assigneeId === user.id) relations.add('assignee');
  if (ticket.reporterId === user.id) relations.add('reporter');
  if (ticket.reporterId !== user.id && user.department !== null && user.department === ticket.reporterDepartment) relations.add('colleague');
  if (user.roles.includes('technician') && ticket.inGrabPool && user.skills.includes(ticket.categoryCode)) relations.add('qualifiedTechnician');
  return relations;
}

/** May the user give this command at all (in some status)? If not, it is a 403, not a 409. */
export function mayEverGive(user: UserRecord, ticket: TicketRecord, command: TicketCommand): boolean {
  const rules = PERMISSION_MATRIX[command];
  return [...relationsOf(user, ticket)].some((r) => rules[r] !== undefined);
}

export function mayGiveNow(user: UserRecord, ticket: TicketRecord, command: TicketCommand): boolean {
  const rules = PERMISSION_MATRIX[command];
  return [...relationsOf(user, ticket)].some((r) => rules[r]?.includes(ticket.status) ?? false);
}

/** The commands this user may give on this ticket now: shown in a 409 and used by the app's buttons. */
export function allowedCommands(user: UserRecord, ticket: TicketRecord): TicketCommand[] {
  return TICKET_COMMANDS.filter((c) => mayGiveNow(user, ticket, c));
}
