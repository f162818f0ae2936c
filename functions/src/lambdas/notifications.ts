import { handler as listDeadLetters } from '../handlers/listDeadLetters';
import { handler as listNotifications } from '../handlers/listNotifications';
import { handler as markNotificationsRead } from '../handlers/markNotificationsRead';
import { handler as recordSubscriptions } from '../handlers/recordSubscriptions';
import { handler as resendDeadLetter } from '../handlers/resendDeadLetter';
import { areaRouter } from './areaRouter';

/** The notifications function: every route of contract/areas.ts's `notifications` area. */
export const handler = areaRouter('notifications', {
  recordSubscriptions,
  listNotifications,
  markNotificationsRead,
  listDeadLetters,
  resendDeadLetter,
});
