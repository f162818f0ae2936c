import type { NotificationRepository, SubscriptionQuota } from '../ports';
import { aUser } from '../testing/factories';
import { recordSubscriptions } from './subscriptions';

/** Records what the repository was asked to grant. */
function recorder() {
  const oneTime: string[] = [];
  const longTerm: string[] = [];
  const notifications = {
    addQuota: async (_h: string, _u: string, ids: readonly string[]): Promise<SubscriptionQuota[]> => (oneTime.push(...ids), []),
    grantLongTerm: async (_h: string, _u: string, ids: readonly string[]): Promise<SubscriptionQuota[]> => (longTerm.push(...ids), []),
    listQuotas: async (): Promise<SubscriptionQuota[]> => [],
  } as unknown as NotificationRepository;
  return { notifications, oneTime, longTerm };
}

const templates = { known: ['TMPL_A', 'TMPL_B', 'TMPL_LONG'], longTerm: ['TMPL_LONG'] };

describe('recording a subscribe answer', () => {
  it('grants a long-term accept as long-term and a one-time accept as one message', async () => {
    const r = recorder();
    await recordSubscriptions(r, aUser({ id: 'tech-zhao' }), { TMPL_A: 'accept', TMPL_LONG: 'accept', errMsg: 'requestSubscribeMessage:ok' }, templates);
    expect(r.oneTime).toEqual(['TMPL_A']);
    expect(r.longTerm).toEqual(['TMPL_LONG']);
  });

  it('grants nothing for a refusal, a ban or an id the server never sends', async () => {
    const r = recorder();
    await recordSubscriptions(r, aUser({ id: 'tech-zhao' }), { TMPL_A: 'reject', TMPL_B: 'ban', TMPL_LONG: 'filter', TMPL_FORGED: 'accept' }, templates);
    expect(r.oneTime).toEqual([]);
    expect(r.longTerm).toEqual([]);
  });
});
