import type { Role } from './enums';
import type { NotificationKind } from './lifecycle';

/**
 * The ONE place that says which screen a notification opens, for the WeChat subscribe message
 * (its `page`) and for a tap on the inbox item alike. Plain data: the mini-program imports it.
 * Paths are WeChat's form (no leading `/`); the app adds the `/` to navigate.
 */
export const TICKET_SCREENS = {
  /** The technician's job: accept, arrive, complete. */
  techJob: 'packages/tech/job/index',
  /** The desk's ticket: assign, merge, confirm an emergency. */
  deskTicket: 'packages/desk/ticket/index',
  /** The reporter's ticket (anyone who may see it: reporters, followers, managers). */
  ticket: 'pages/ticket/index',
  /** A planned work order (issue 15): its technician runs it there; anyone else reads it. */
  workOrder: 'packages/tech/workorder/index',
  /** A major incident (issue 16): its roster, the desk and managers follow it there. */
  incident: 'packages/desk/incident/index',
  /** A multi-team job (issue 16): its starter follows its parts there. */
  job: 'pages/job/index',
} as const;
export type TicketScreen = keyof typeof TICKET_SCREENS;

/** What a technician is told about their own job (the assignee's or the offered ones' kinds). */
const TECHNICIAN_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['new_job', 'job_offered', 'ticket_confirmed', 'ticket_reopened', 'spot_check_failed']);

/** What the desk is told to act on. */
const DESK_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'new_report',
  'emergency_reported',
  'emergency_unconfirmed',
  'content_flagged',
  'reports_grouped',
  'handed_back',
  'transfer_requested',
  'sla_breached',
  'complaint_opened',
  'ticket_reopened',
]);

/** Notifications of a planned work order (their id is the order's): everyone opens the order. */
const PLANNED_WORK_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['planned_work_due', 'planned_work_overdue']);

/** Notifications of a major incident (their id is the incident's): everyone opens the incident. */
const INCIDENT_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['incident_declared', 'incident_clock_missed']);

/**
 * The screen of a ticket for someone with these roles told of this kind: the technician's job,
 * the desk's ticket, else the reporter's ticket. A person with several roles gets the screen of
 * the role the notification is for (a dispatcher who is also a technician, told of a new job,
 * opens the job).
 */
export function notificationScreen(kind: NotificationKind, roles: readonly Role[]): TicketScreen {
  if (PLANNED_WORK_KINDS.has(kind)) return 'workOrder';
  if (INCIDENT_KINDS.has(kind)) return 'incident';
  if (kind === 'job_done') return 'job';
  if (roles.includes('technician') && TECHNICIAN_KINDS.has(kind)) return 'techJob';
  if (roles.includes('dispatcher') && DESK_KINDS.has(kind)) return 'deskTicket';
  return 'ticket';
}

/** `packages/tech/job/index?id=…`: the page a notification of this kind opens for these roles. */
export function notificationPage(kind: NotificationKind, roles: readonly Role[], ticketId: string): string {
  return `${TICKET_SCREENS[notificationScreen(kind, roles)]}?id=${encodeURIComponent(ticketId)}`;
}
