import * as routes from '../contract/routes';
import { http } from '../http/httpHandler';

export const handler = http(routes.markNotificationsRead, async ({ body, user, deps }) => {
  await deps.notifications.markRead(user.hospitalId, user.id, 'ids' in body ? body.ids : 'all', deps.clock.now().toISOString());
  return { body: { unreadCount: await deps.notifications.countUnread(user.hospitalId, user.id) } };
});
