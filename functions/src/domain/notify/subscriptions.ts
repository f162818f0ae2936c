import type { NotificationRepository, SubscriptionQuota } from '../ports';
import type { UserRecord } from '../records';

/**
 * Records the answer of wx.requestSubscribeMessage. An `accept` of a one-time template allows
 * one more message; of a long-term template (where the mini-program's category has them), every
 * message until the user turns it off. Other answers and unknown ids change nothing — a client
 * cannot grant itself quota for templates the server never sends.
 */
export async function recordSubscriptions(
  deps: { notifications: NotificationRepository },
  user: UserRecord,
  answer: Record<string, string>,
  templates: { known: readonly string[]; longTerm: readonly string[] },
): Promise<SubscriptionQuota[]> {
  const accepted = Object.entries(answer)
    .filter(([templateId, verdict]) => verdict === 'accept' && templates.known.includes(templateId))
    .map(([templateId]) => templateId);
  const longTerm = accepted.filter((id) => templates.longTerm.includes(id));
  const oneTime = accepted.filter((id) => !templates.longTerm.includes(id));
  if (longTerm.length) await deps.notifications.grantLongTerm(user.hospitalId, user.id, longTerm);
  if (oneTime.length) return deps.notifications.addQuota(user.hospitalId, user.id, oneTime);
  return deps.notifications.listQuotas(user.hospitalId, user.id);
}
