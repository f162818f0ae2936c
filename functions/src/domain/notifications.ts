import type { Role } from '../contract/enums';

export type NotificationKind =
  | 'new_job'
  | 'job_offered'
  | 'ticket_assigned'
  | 'ticket_accepted'
  | 'technician_arrived'
  | 'ticket_on_hold'
  | 'ticket_completed'
  | 'ticket_confirmed'
  | 'ticket_reopened'
  | 'ticket_cancelled'
  | 'ticket_merged'
  | 'handed_back'
  | 'transfer_requested'
  | 'emergency_reported'
  | 'sla_breached'
  | 'sla_escalated'
  | 'complaint_opened'
  /** A device's third (or later) fault within 30 days: the managers consider replacing it. */
  | 'repeat_failure'
  | 'content_flagged';

/**
 * Someone must be told something about a ticket. Written as an outbox item in the same
 * transaction as the change that causes it, so a notification is never lost nor invented.
 */
export interface NotificationIntent {
  kind: NotificationKind;
  /** Named people (technician, reporter, followers). */
  userIds: string[];
  /** Everyone of these roles in the hospital (the desk, the managers), on shift only when set. */
  roles: Role[];
  onShiftOnly: boolean;
}

export function notifyUsers(kind: NotificationKind, userIds: (string | null | undefined)[]): NotificationIntent {
  return { kind, userIds: [...new Set(userIds.filter((u): u is string => !!u))], roles: [], onShiftOnly: false };
}

export function notifyRoles(kind: NotificationKind, roles: Role[], onShiftOnly = false): NotificationIntent {
  return { kind, userIds: [], roles, onShiftOnly };
}
