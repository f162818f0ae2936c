import type { Role, TicketStatus } from '../../contract/enums';
import type { NotificationKind, TicketCommand, TicketEventType } from '../../contract/lifecycle';
import { ACTIVE_STATUSES } from './ticketStatus';

/**
 * How a user stands to a ticket. A user can stand in several ways at once (a nurse who reported
 * it and works in the same department). `system` is the scheduler and auto-dispatch.
 */
export type Relation =
  | 'desk'
  | 'assignee'
  | 'reporter'
  | 'colleague'
  | 'qualifiedTechnician'
  | 'member'
  /** The hospital's managers as the vendors' supervision group, on a vendor's job (issue 16: spot checks). */
  | 'supervisor';

/** Who is told of a change. */
export type Audience =
  /** The ticket's technician after the change (the one just assigned, or the one who still has it). */
  | 'assignee'
  /** The technician before the change (a cancel or a merge tells them the job is gone). */
  | 'formerAssignee'
  | 'reporterAndFollowers'
  /** The qualified technicians on shift a grab-pool job is offered to; the caller names them. */
  | 'offeredTechnicians'
  /** The managers of the ticket's vendor (issue 16); the caller names them. */
  | 'vendorManagers'
  /** Everyone of these roles in the hospital, on shift only when asked. */
  | { roles: readonly Role[]; onShiftOnly: boolean };

/** A fact of the change a notification depends on. */
export type Condition =
  /** An emergency whose chain fires now (a staff member's, or a guest's the desk confirmed). */
  | 'emergency'
  /** A guest's emergency, waiting for the desk. */
  | 'unconfirmedEmergency'
  | 'contentFlagged'
  | 'grabPool'
  | 'complaintOpened'
  /**
   * A report the desk must dispatch by hand, told by no other desk alert: not a grab-pool or
   * auto-dispatch job, not an emergency (its chain tells the desk), not flagged content.
   */
  | 'awaitsDesk'
  /** The report is not about an open major incident (issue 16): a linked one does not page anyone again. */
  | 'notInIncident';

export interface NotificationRule {
  kind: NotificationKind;
  to: readonly Audience[];
  /** Every condition listed must hold. */
  when?: Condition | readonly Condition[];
  /** Leave out whoever gave the command (a reporter cancelling their own report). */
  notActor?: true;
}

/**
 * What a move does to the SLA clocks. The ones marked (applied) set the ticket's milestone
 * fields in `transition`; the others are done by the command with its own data. The scanner's
 * next look (slaWatch.ts) follows from the status and the milestones met, so a milestone once met
 * stays met whatever comes after (a reassignment, a reopen).
 */
export type SlaEffect =
  /** The accept and arrive deadlines start (set by createTicket from the category's SLA). */
  | 'startsDeadlines'
  /** Milestones met so far stay met; pending deadlines keep running. */
  | 'none'
  /** (applied) The accept deadline is met: the first acceptance is kept. */
  | 'meetsAccept'
  /** (applied) The arrive deadline is met: the first arrival is kept. */
  | 'meetsArrive'
  /** (applied) The clock stops while the job waits (parts, vendor). */
  | 'stopsClock'
  /** (applied) The clock restarts with the time left: a pending arrive deadline moves by the time on hold. */
  | 'resumesClock'
  /** (applied) The reporter has until auto-confirmation to answer. */
  | 'startsConfirmClock'
  /** (applied) The repair round is undone (completion, arrival cleared); the first acceptance and arrival stay met. */
  | 'reopensWork'
  /** A rating of 1–2 opens the complaint's three clocks. */
  | 'opensComplaint'
  | 'meetsComplaintStep'
  /** A deadline passed: recorded once per level (desk, then manager). */
  | 'recordsBreach'
  /** Nothing more is watched (the ticket is done or gone). */
  | 'endsClocks';

/** Where a move leaves the ticket: a status, where it was before a hold, or unchanged. */
export type Destination = TicketStatus | 'heldFrom' | 'unchanged';

export interface Outcome {
  to: Destination;
  notify: readonly NotificationRule[];
  sla: SlaEffect;
}

/** `none`: there is no ticket yet (the report that makes it). */
export type FromStatus = TicketStatus | 'none';

export interface LifecycleRow {
  /** Who may make the move, and from which statuses. */
  who: Partial<Record<Relation | 'system', readonly FromStatus[]>>;
  /** The move's possible outcomes, each by the event that records it. */
  outcomes: Partial<Record<TicketEventType, Outcome>>;
}

const desk = (onShiftOnly: boolean): Audience => ({ roles: ['dispatcher'], onShiftOnly });
const DESK_ON_SHIFT = desk(true);
const WHOLE_DESK = desk(false);
const MANAGERS: Audience = { roles: ['manager'], onShiftOnly: false };
const DESK_AND_MANAGERS: Audience = { roles: ['dispatcher', 'manager'], onShiftOnly: false };
/** Who an emergency alerts (the desk and the managers). */
const EMERGENCY_CHAIN = DESK_AND_MANAGERS;
const PEOPLE: readonly Audience[] = ['reporterAndFollowers'];
const tell = (kind: NotificationKind, to: readonly Audience[] = PEOPLE, more: Omit<NotificationRule, 'kind' | 'to'> = {}): NotificationRule => ({ kind, to, ...more });

const ASSIGNED: Outcome = { to: 'assigned', notify: [tell('new_job', ['assignee']), tell('ticket_assigned')], sla: 'none' };
const REOPENED: Outcome = { to: 'assigned', notify: [tell('ticket_reopened', ['assignee']), tell('ticket_reopened', [WHOLE_DESK])], sla: 'reopensWork' };
/** A failed spot check: reopened like "not fixed", the technician and their vendor's managers told why. */
const SPOT_CHECK_REOPENED: Outcome = { to: 'assigned', notify: [tell('spot_check_failed', ['assignee', 'vendorManagers']), tell('ticket_reopened', [WHOLE_DESK])], sla: 'reopensWork' };

/**
 * THE ticket lifecycle, one row per command: who may give it from which statuses (the
 * permission matrix), and for each outcome the status it leads to, the event that records it,
 * who is told, and what it does to the SLA clocks. Managers and admins read everything and
 * command nothing here but the spot check's fail: reports are their tools. Every cell is tried through the API in
 * test/integration/permissions.test.ts.
 */
export const COMMAND_TABLE = {
  assign: { who: { desk: ACTIVE_STATUSES }, outcomes: { assigned: ASSIGNED, reassigned: ASSIGNED } },
  accept: {
    who: { assignee: ['assigned'] },
    outcomes: { accepted: { to: 'accepted', notify: [tell('ticket_accepted')], sla: 'meetsAccept' } },
  },
  arrive: {
    who: { assignee: ['accepted'] },
    outcomes: { arrived: { to: 'on_site', notify: [tell('technician_arrived')], sla: 'meetsArrive' } },
  },
  hold: {
    who: { assignee: ['accepted', 'on_site'], desk: ['accepted', 'on_site'] },
    outcomes: { held: { to: 'on_hold', notify: [tell('ticket_on_hold')], sla: 'stopsClock' } },
  },
  resume: {
    who: { assignee: ['on_hold'], desk: ['on_hold'] },
    outcomes: { resumed: { to: 'heldFrom', notify: [], sla: 'resumesClock' } },
  },
  complete: {
    who: { assignee: ['on_site'] },
    outcomes: { completed: { to: 'completed', notify: [tell('ticket_completed')], sla: 'startsConfirmClock' } },
  },
  confirm: {
    who: { reporter: ['completed'], colleague: ['completed'] },
    outcomes: {
      confirmed: { to: 'confirmed', notify: [tell('ticket_confirmed', ['assignee'])], sla: 'endsClocks' },
      /** "Not fixed": back to the same technician. */
      reopened: REOPENED,
    },
  },
  rate: {
    who: { reporter: ['confirmed', 'closed'] },
    outcomes: { rated: { to: 'unchanged', notify: [tell('complaint_opened', [DESK_AND_MANAGERS], { when: 'complaintOpened' })], sla: 'opensComplaint' } },
  },
  reopen: {
    who: { reporter: ['completed', 'confirmed'], colleague: ['completed', 'confirmed'], desk: ['completed', 'confirmed'] },
    outcomes: { reopened: REOPENED },
  },
  cancel: {
    who: { reporter: ['submitted', 'assigned'], desk: ACTIVE_STATUSES },
    outcomes: { cancelled: { to: 'cancelled', notify: [tell('ticket_cancelled', ['formerAssignee', 'reporterAndFollowers'], { notActor: true })], sla: 'endsClocks' } },
  },
  follow: { who: { member: ACTIVE_STATUSES }, outcomes: { followed: { to: 'unchanged', notify: [], sla: 'none' } } },
  merge: {
    who: { desk: ACTIVE_STATUSES },
    outcomes: {
      /** The duplicate: cancelled, its people told. */
      merged: { to: 'cancelled', notify: [tell('ticket_merged', ['formerAssignee', 'reporterAndFollowers'])], sla: 'endsClocks' },
      /** The ticket it repeats: gains the duplicate's people as followers. */
      duplicate_merged: { to: 'unchanged', notify: [], sla: 'none' },
    },
  },
  handBack: {
    who: { assignee: ['assigned', 'accepted'] },
    outcomes: { handed_back: { to: 'submitted', notify: [tell('handed_back', [DESK_ON_SHIFT])], sla: 'none' } },
  },
  requestTransfer: {
    who: { assignee: ['assigned', 'accepted', 'on_site', 'on_hold'] },
    outcomes: { transfer_requested: { to: 'unchanged', notify: [tell('transfer_requested', [DESK_ON_SHIFT])], sla: 'none' } },
  },
  grab: {
    who: { qualifiedTechnician: ['submitted'] },
    outcomes: { grabbed: { to: 'accepted', notify: [tell('ticket_accepted')], sla: 'meetsAccept' } },
  },
  callback: { who: { desk: ['confirmed'] }, outcomes: { called_back: { to: 'closed', notify: [], sla: 'none' } } },
  complaint: {
    who: { desk: ['confirmed', 'closed'] },
    outcomes: {
      complaint_respond: { to: 'unchanged', notify: [], sla: 'meetsComplaintStep' },
      complaint_resolve: { to: 'unchanged', notify: [], sla: 'meetsComplaintStep' },
      complaint_callback: { to: 'unchanged', notify: [], sla: 'meetsComplaintStep' },
    },
  },
  /** A guest's emergency: the desk confirms it (the chain fires now) or downgrades it to urgent. */
  confirmEmergency: {
    who: { desk: ACTIVE_STATUSES },
    outcomes: {
      emergency_confirmed: { to: 'unchanged', notify: [tell('emergency_reported', [EMERGENCY_CHAIN])], sla: 'none' },
      emergency_downgraded: { to: 'unchanged', notify: [], sla: 'none' },
    },
  },
  /** 质检抽查 (issue 16): a drawn job failed its on-site inspection; even a closed one goes back to its technician. */
  failSpotCheck: {
    who: { supervisor: ['completed', 'confirmed', 'closed'] },
    outcomes: { reopened: SPOT_CHECK_REOPENED },
  },
} as const satisfies Record<TicketCommand, LifecycleRow>;

/** The moves nobody commands: the report that makes a ticket, and what the system does on its own. */
export const SYSTEM_TABLE = {
  /** Anyone in the hospital may report a fault: the first transition. */
  report: {
    who: { member: ['none'] },
    outcomes: {
      submitted: {
        to: 'submitted',
        notify: [
          tell('emergency_reported', [EMERGENCY_CHAIN], { when: ['emergency', 'notInIncident'] }),
          tell('emergency_unconfirmed', [WHOLE_DESK], { when: ['unconfirmedEmergency', 'notInIncident'] }),
          tell('content_flagged', [DESK_ON_SHIFT], { when: 'contentFlagged' }),
          tell('job_offered', ['offeredTechnicians'], { when: 'grabPool' }),
          tell('new_report', [DESK_ON_SHIFT], { when: ['awaitsDesk', 'notInIncident'] }),
        ],
        sla: 'startsDeadlines',
      },
    },
  },
  /** Auto-dispatch at submit time: the top candidate; the desk sees it and can override. */
  autoAssign: {
    who: { system: ['submitted'] },
    outcomes: { auto_assigned: { to: 'assigned', notify: [tell('new_job', ['assignee']), tell('ticket_assigned')], sla: 'none' } },
  },
  /** No answer from the reporter within the configured time; the desk's callback is still due. */
  autoConfirm: { who: { system: ['completed'] }, outcomes: { auto_confirmed: { to: 'confirmed', notify: [], sla: 'endsClocks' } } },
  /** The SLA scanner: a watched deadline passed (the desk first, then the manager). */
  escalate: {
    who: { system: ['submitted', 'assigned', 'accepted', 'confirmed', 'closed'] },
    outcomes: {
      sla_breached: { to: 'unchanged', notify: [tell('sla_breached', [DESK_ON_SHIFT])], sla: 'recordsBreach' },
      sla_escalated: { to: 'unchanged', notify: [tell('sla_escalated', [MANAGERS])], sla: 'recordsBreach' },
    },
  },
} as const satisfies Record<string, LifecycleRow>;

export const LIFECYCLE_TABLE = { ...COMMAND_TABLE, ...SYSTEM_TABLE };
export type LifecycleStep = keyof typeof LIFECYCLE_TABLE;
export type SystemStep = keyof typeof SYSTEM_TABLE;
/** The events a step may record. */
export type EventOf<S extends LifecycleStep> = keyof (typeof LIFECYCLE_TABLE)[S]['outcomes'] & TicketEventType;

/** The statuses from which these relations may give the command (empty: never). */
export function fromStatuses(command: TicketCommand, relations: Iterable<Relation>): Set<TicketStatus> {
  const who: Partial<Record<Relation, readonly FromStatus[]>> = COMMAND_TABLE[command].who;
  const statuses = new Set<TicketStatus>();
  for (const r of relations) for (const s of who[r] ?? []) if (s !== 'none') statuses.add(s);
  return statuses;
}

/** Whether any of these relations appears in the command's row at all (else it is a 403, not a 409). */
export function appearsIn(command: TicketCommand, relations: Iterable<Relation>): boolean {
  const who: Partial<Record<Relation, readonly FromStatus[]>> = COMMAND_TABLE[command].who;
  return [...relations].some((r) => who[r] !== undefined);
}
