import * as routes from '../contract/routes';
import { readInbox } from '../domain/notify/readInbox';
import { http } from '../http/httpHandler';

const DEFAULT_PAGE = 20;

export const handler = http(routes.listNotifications, async ({ query, user, deps }) => {
  const { page, state, changed } = await readInbox(deps.notifications, user.hospitalId, user.id, { limit: query.limit ?? DEFAULT_PAGE, cursor: query.cursor, since: query.since });
  return {
    body: {
      items: page.items.map((n) => ({
        id: n.id,
        kind: n.kind,
        ticketId: n.ticketId,
        ticketNumber: n.ticketNumber,
        title: n.title,
        body: n.body,
        createdAt: n.createdAt,
        read: n.readAt !== null,
      })),
      unreadCount: state.unread,
      nextCursor: page.nextCursor,
      arrived: state.arrived,
      changed,
    },
  };
});
