import * as routes from '../contract/routes';
import { recordSubscriptions } from '../domain/notify/subscriptions';
import { configuredTemplateIds, longTermTemplateIds } from '../domain/notify/templates';
import { http } from '../http/httpHandler';

export const handler = http(routes.recordSubscriptions, async ({ body, user, deps }) => {
  const config = deps.config.notifications.templates;
  const longTerm = longTermTemplateIds(config);
  const quotas = await recordSubscriptions(deps, user, body, { known: configuredTemplateIds(config), longTerm });
  return { body: { quotas, longTermTemplateIds: longTerm } };
});
