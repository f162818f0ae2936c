import type { InAppNotification, InboxState, NotificationRepository } from '../ports';
import type { Page } from '../records';

export interface InboxRead {
  page: Page<InAppNotification>;
  state: InboxState;
  /** False only for a live poll that found nothing arrived since its cursor (the page is then empty). */
  changed: boolean;
}

const NOTHING: Page<InAppNotification> = { items: [], nextCursor: null };

/**
 * The inbox as the bell and the list read it. With `since` (the live poll every few seconds)
 * the counter is read first: when nothing arrived since, that one GetItem (AP-90) is the whole
 * cost; otherwise the first page (AP-50) follows.
 */
export async function readInbox(
  notifications: NotificationRepository,
  hospitalId: string,
  userId: string,
  query: { limit: number; cursor?: string | undefined; since?: number | undefined },
): Promise<InboxRead> {
  const page = () => notifications.listInApp(hospitalId, userId, { limit: query.limit, cursor: query.cursor });
  if (query.since === undefined || query.cursor) {
    const [found, state] = await Promise.all([page(), notifications.readInboxState(hospitalId, userId)]);
    return { page: found, state, changed: true };
  }
  const state = await notifications.readInboxState(hospitalId, userId);
  if (state.arrived === query.since) return { page: NOTHING, state, changed: false };
  return { page: await page(), state, changed: true };
}
