import type { SubscriptionState } from '@contract/notifications';
import { hasNoWeChatLeft, idsToAsk } from '../src/services/subscribe';

const state = (quotas: SubscriptionState['quotas'], longTermTemplateIds: string[] = []): SubscriptionState => ({ quotas, longTermTemplateIds });

describe('what the app asks WeChat for', () => {
  it('asks for the one-time templates where none is long-term', () => {
    expect(idsToAsk('technicianJobs', state([]))).toEqual(['TMPL_TICKET_ASSIGNED', 'TMPL_TICKET_OVERDUE']);
    expect(idsToAsk('technicianJobs', null)).toEqual(['TMPL_TICKET_ASSIGNED', 'TMPL_TICKET_OVERDUE']);
  });

  it('asks for a long-term template alone until it is accepted, then for the one-time rest', () => {
    const granted = state([{ templateId: 'TMPL_TICKET_ASSIGNED', remaining: 0, longTerm: true }], ['TMPL_TICKET_ASSIGNED']);
    expect(idsToAsk('technicianJobs', state([], ['TMPL_TICKET_ASSIGNED']))).toEqual(['TMPL_TICKET_ASSIGNED']);
    expect(idsToAsk('technicianJobs', granted)).toEqual(['TMPL_TICKET_OVERDUE']);
  });

  it('asks nothing when the moment is all long-term and accepted', () => {
    expect(idsToAsk('afterReport', state([{ templateId: 'TMPL_TICKET_STATUS', remaining: 0, longTerm: true }], ['TMPL_TICKET_STATUS']))).toEqual([]);
  });

  it('says WeChat will send nothing only when no template of the moment has a message left', () => {
    expect(hasNoWeChatLeft('afterReport', state([]))).toBe(true);
    expect(hasNoWeChatLeft('afterReport', state([{ templateId: 'TMPL_TICKET_STATUS', remaining: 0, longTerm: false }]))).toBe(true);
    expect(hasNoWeChatLeft('afterReport', state([{ templateId: 'TMPL_TICKET_STATUS', remaining: 2, longTerm: false }]))).toBe(false);
    expect(hasNoWeChatLeft('afterReport', state([{ templateId: 'TMPL_TICKET_STATUS', remaining: 0, longTerm: true }]))).toBe(false);
    expect(hasNoWeChatLeft('afterReport', state([{ templateId: 'TMPL_TICKET_ASSIGNED', remaining: 3, longTerm: false }]))).toBe(true);
  });
});
