import * as routes from '../contract/routes';
import type { InAppNotification, InboxState } from '../domain/ports';
import type { Page } from '../domain/records';
import { http } from '../http/httpHandler';

const DEFAULT_PAGE = 20;

const toView = (n: InAppNotification) => ({
  id: n.id,
  kind: n.kind,
  ticketId: n.ticketId,
  ticketNumber: n.ticketNumber,
  title: n.title,
  body: n.body,
  createdAt: n.createdAt,
  read: n.readAt !== null,
});

/**
 * The inbox, newest first, with the bell's count. With `since` (the live poll every few seconds)
 * the counter is read first: when nothing arrived since, that one GetItem is the whole cost and
 * the answer is empty; otherwise the first page follows.
 */
export const handler = http(routes.listNotifications, async ({ query, user, deps }) => {
  const page = () => deps.notifications.listInApp(user.hospitalId, user.id, { limit: query.limit ?? DEFAULT_PAGE, cursor: query.cursor });
  const state = () => deps.notifications.readInboxState(user.hospitalId, user.id);
  let found: Page<InAppNotification>;
  let now: InboxState;
  if (query.since !== undefined && !query.cursor) {
    now = await state();
    if (now.arrived === query.since) return { body: { items: [], unreadCount: now.unread, nextCursor: null, arrived: now.arrived, changed: false } };
    found = await page();
  } else {
    [found, now] = await Promise.all([page(), state()]);
  }
  return { body: { items: found.items.map(toView), unreadCount: now.unread, nextCursor: found.nextCursor, arrived: now.arrived, changed: true } };
});
