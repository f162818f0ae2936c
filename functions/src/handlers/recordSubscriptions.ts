import * as routes from '../contract/routes';
import { recordSubscriptions } from '../domain/notify/subscriptions';
import { configuredTemplateIds } from '../domain/notify/templates';
import { http } from '../http/httpHandler';

export const handler = http(routes.recordSubscriptions, async ({ body, user, deps }) => {
  const quotas = await recordSubscriptions(deps, user, body, configuredTemplateIds(deps.config.notifications.templates));
  return { body: { quotas } };
});
