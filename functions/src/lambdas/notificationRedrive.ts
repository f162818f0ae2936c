import { subscribeMessenger } from '../adapters/factories/wechat';
import { installAdapters } from '../deps';

/** The notification redrive, on a schedule (contract/scheduledJobs.ts): it sends WeChat subscribe messages, as the notifier does. */
installAdapters({ messenger: subscribeMessenger });
export { handler } from '../handlers/notificationRedrive';
