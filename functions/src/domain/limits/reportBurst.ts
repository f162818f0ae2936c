import type { NotificationIntent } from '../notifications';
import { fixedWindowAt, type BurstRule, type FixedWindow } from './reportLimits';

/** The reports of one category at one place (the room) within one fixed window. */
export interface BurstGroup extends FixedWindow {
  locationId: string;
  categoryCode: string;
  expiresAtEpoch: number;
}

/** What the group's counter said when the report read it (null: this is the group's first report). */
export interface BurstCounter {
  reports: number;
  firstTicketId: string;
}

/** The one grouped alert of a burst: it lives beside the group's first ticket and is rewritten by each later report. */
export interface GroupedAlert {
  leadTicketId: string;
  reports: number;
  windowMinutes: number;
  locationId: string;
  locationName: string;
  categoryName: string;
}

const GROUP_KEEP_AFTER_WINDOW_SECONDS = 3600;

export function burstGroupAt(locationId: string, categoryCode: string, rule: BurstRule, now: Date): BurstGroup {
  const window = fixedWindowAt(now, rule.windowMinutes * 60);
  return { ...window, locationId, categoryCode, expiresAtEpoch: window.endEpoch + GROUP_KEEP_AFTER_WINDOW_SECONDS };
}

/**
 * Where this report stands in its burst. Before the threshold it alerts as any report does;
 * from the threshold on, its desk alerts fold into the group's one alert, which the report
 * raises or refreshes with its count. The count is the one read with the report: two reports
 * at the same instant may show the same number, never a second grouped alert.
 */
export function burstPosition(counter: BurstCounter | null, rule: BurstRule): { reports: number; grouped: boolean; leadTicketId: string | null } {
  const reports = (counter?.reports ?? 0) + 1;
  const leadTicketId = counter?.firstTicketId ?? null;
  return { reports, grouped: leadTicketId !== null && reports >= Math.max(2, rule.minReports), leadTicketId };
}

/** The report's own intents without the desk's part (the grouped alert tells the desk); others keep theirs (the managers' emergency alert). */
export function withoutDeskAlerts(intents: readonly NotificationIntent[]): NotificationIntent[] {
  return intents.flatMap((n) => {
    if (!n.roles.includes('dispatcher')) return [n];
    const roles = n.roles.filter((r) => r !== 'dispatcher');
    return roles.length > 0 || n.userIds.length > 0 ? [{ ...n, roles }] : [];
  });
}
