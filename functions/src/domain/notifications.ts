import type { Role } from '../contract/enums';
import type { NotificationKind } from '../contract/lifecycle';

export type { NotificationKind };

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
