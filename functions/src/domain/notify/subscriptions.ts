import type { NotificationRepository, SubscriptionQuota } from '../ports';
import type { UserRecord } from '../records';

/**
 * Records the answer of wx.requestSubscribeMessage: each `accept` of a template this deployment
 * uses allows one more message (one-time subscription). Other answers and unknown ids change
 * nothing — a client cannot grant itself quota for templates the server never sends.
 */
export async function recordSubscriptions(
  deps: { notifications: NotificationRepository },
  user: UserRecord,
  answer: Record<string, string>,
  knownTemplateIds: readonly string[],
): Promise<SubscriptionQuota[]> {
  const accepted = Object.entries(answer)
    .filter(([templateId, verdict]) => verdict === 'accept' && knownTemplateIds.includes(templateId))
    .map(([templateId]) => templateId);
  if (accepted.length === 0) return deps.notifications.listQuotas(user.hospitalId, user.id);
  return deps.notifications.addQuota(user.hospitalId, user.id, accepted);
}
