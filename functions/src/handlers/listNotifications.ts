import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';

const DEFAULT_PAGE = 20;

export const handler = http(routes.listNotifications, async ({ query, user, deps }) => {
  const [page, unreadCount] = await Promise.all([
    deps.notifications.listInApp(user.hospitalId, user.id, { limit: query.limit ?? DEFAULT_PAGE, cursor: query.cursor }),
    deps.notifications.countUnread(user.hospitalId, user.id),
  ]);
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
      unreadCount,
      nextCursor: page.nextCursor,
    },
  };
});
