import type { NotificationKind } from '@contract/lifecycle';
import type { InboxItem, InboxPage } from './inbox';

/** What puts a job on a technician's list. */
export const NEW_JOB_KINDS: readonly NotificationKind[] = ['new_job', 'job_offered'];
/** What puts a ticket in the desk's queue to look at now. */
export const NEW_TICKET_KINDS: readonly NotificationKind[] = ['new_report', 'emergency_reported', 'emergency_unconfirmed', 'content_flagged', 'reports_grouped', 'handed_back'];

/** How often an open screen asks "anything new?"; nothing new costs the server one GetItem. */
export const LIVE_POLL_MS = 3000;
/** Ids remembered to tell a new notification from one already shown; the first page is 20. */
const SEEN_KEEP = 200;

/**
 * Where the live poll stands: the server's `arrived` count of the last answer (null before the
 * first) and the notifications already seen. The first answer only sets the baseline: what was
 * there when the screen opened is not news.
 */
export interface PollCursor {
  arrived: number | null;
  seen: readonly string[];
}

export const START: PollCursor = { arrived: null, seen: [] };

/** The poll's next cursor and the notifications that arrived since the last answer, newest first. */
export function takeNews(cursor: PollCursor, answer: InboxPage): { cursor: PollCursor; news: InboxItem[] } {
  if (!answer.changed) return { cursor: { ...cursor, arrived: answer.arrived }, news: [] };
  const seen = new Set(cursor.seen);
  const news = cursor.arrived === null ? [] : answer.items.filter((n) => !seen.has(n.id));
  const ids = [...answer.items.map((n) => n.id), ...cursor.seen.filter((id) => !answer.items.some((n) => n.id === id))];
  return { cursor: { arrived: answer.arrived, seen: ids.slice(0, SEEN_KEEP) }, news };
}

/** The `since` to send: none before the first answer (that one reads the first page). */
export const sinceOf = (cursor: PollCursor): number | undefined => cursor.arrived ?? undefined;
