/**
 * The names of the ticket lifecycle, shared by the server and the mini-program: the commands (and
 * the path segment of each), the event types a timeline can hold, and the kinds of notification.
 * Plain constants, no zod, so the mini-program may import them at run time without the schema
 * library. The lifecycle table (functions/src/domain/tickets/lifecycleTable.ts) gives each
 * command its rules; the compiler makes every list below complete wherever it is a Record key.
 */

/** Command name → the segment of POST /v1/tickets/{id}/<segment>. Adding a command starts here. */
export const TICKET_COMMAND_PATHS = {
  assign: 'assign',
  accept: 'accept',
  arrive: 'arrive',
  hold: 'hold',
  resume: 'resume',
  complete: 'complete',
  confirm: 'confirm',
  rate: 'rate',
  reopen: 'reopen',
  cancel: 'cancel',
  follow: 'follow',
  merge: 'merge',
  handBack: 'hand-back',
  requestTransfer: 'transfer-request',
  grab: 'grab',
  callback: 'callback',
  complaint: 'complaint',
  confirmEmergency: 'confirm-emergency',
  /** A spot check (质检抽查, issue 16) failed on site: the job goes back to its technician. */
  failSpotCheck: 'fail-spot-check',
} as const;
export type TicketCommand = keyof typeof TICKET_COMMAND_PATHS;

/** In the order the app lists them (and a 409 names them). */
export const TICKET_COMMANDS = Object.keys(TICKET_COMMAND_PATHS) as TicketCommand[];

/** Every event a ticket's timeline can hold: one per row outcome of the lifecycle table. */
export const TICKET_EVENT_TYPES = [
  'submitted',
  'assigned',
  'auto_assigned',
  'reassigned',
  'accepted',
  'grabbed',
  'arrived',
  'held',
  'resumed',
  'completed',
  'confirmed',
  'auto_confirmed',
  'rated',
  'reopened',
  'cancelled',
  'followed',
  'merged',
  'duplicate_merged',
  'handed_back',
  'transfer_requested',
  'called_back',
  'complaint_respond',
  'complaint_resolve',
  'complaint_callback',
  'sla_breached',
  'sla_escalated',
  'emergency_confirmed',
  'emergency_downgraded',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** Every kind of notification (in-app and WeChat subscribe message). */
export const NOTIFICATION_KINDS = [
  'new_job',
  'job_offered',
  'ticket_assigned',
  'ticket_accepted',
  'technician_arrived',
  'ticket_on_hold',
  'ticket_completed',
  'ticket_confirmed',
  'ticket_reopened',
  'ticket_cancelled',
  'ticket_merged',
  'handed_back',
  'transfer_requested',
  'emergency_reported',
  'sla_breached',
  'sla_escalated',
  'complaint_opened',
  /** A device's third (or later) fault within 30 days: the managers consider replacing it. */
  'repeat_failure',
  'content_flagged',
  /** A guest's emergency, for the desk to confirm before the emergency chain fires. */
  'emergency_unconfirmed',
  /** Many reports of one category at one place in a short time: one alert for the desk, refreshed as more come. */
  'reports_grouped',
  /** A report in a manual-dispatch category, for the desk to dispatch (emergencies have their own alert). */
  'new_report',
  /** Planned work (issue 15): an order made ahead for its technician (the generator), or given to one (the desk). */
  'planned_work_due',
  /** Planned work whose window closed undone: the desk first, the managers a day later. */
  'planned_work_overdue',
  /** Issue 16, spot checks: a job failed its on-site inspection (the technician and the vendor's managers). */
  'spot_check_failed',
  /** Issue 16, disputes: a vendor manager disputes a ticket's count (the hospital's managers). */
  'dispute_raised',
  /** Issue 16, disputes: the hospital decided (the vendor manager who raised it). */
  'dispute_decided',
  /** A major incident declared (issue 16): its command roster, each person once. */
  'incident_declared',
  /** A major incident's on-site or plan clock ran out: the managers, once per clock. */
  'incident_clock_missed',
  /** A multi-team job (issue 16): its last part finished; its starter is told once. */
  'job_done',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The steps of a complaint follow-up (the body of the complaint command). */
export const COMPLAINT_STEPS = ['respond', 'resolve', 'callback'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];
