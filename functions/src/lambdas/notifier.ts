import { subscribeMessenger } from '../adapters/factories/wechat';
import { installAdapters } from '../deps';

/** The notifier stream consumer (contract/streamConsumers.ts): it alone sends WeChat subscribe messages. */
installAdapters({ messenger: subscribeMessenger });
export { handler } from '../handlers/notifier';
