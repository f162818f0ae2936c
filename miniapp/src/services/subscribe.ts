import type { SubscriptionState } from '@contract/notifications';
import { platform } from '../platform';
import { api } from './api';

/**
 * Subscribe-message templates (ids from the mini-program admin; these are the local stack's,
 * see functions/src/domain/notify/templates.ts). One-time subscriptions: each "accept" allows
 * one message, so the app asks again at each natural moment. Where the mini-program's category
 * (医疗) has long-term templates granted, the server names them and one accept is enough.
 */
export const SUBSCRIBE_TEMPLATES = {
  ticketAssigned: 'TMPL_TICKET_ASSIGNED',
  ticketStatus: 'TMPL_TICKET_STATUS',
  ticketOverdue: 'TMPL_TICKET_OVERDUE',
} as const;

/** What each moment asks for (≤ 3 ids). */
export const SUBSCRIBE_MOMENTS = {
  /** A reporter just submitted: tell me when it is assigned, accepted, done. */
  afterReport: [SUBSCRIBE_TEMPLATES.ticketStatus],
  /** A technician opened the job list or accepted a job: tell me about new jobs and deadlines about to pass. */
  technicianJobs: [SUBSCRIBE_TEMPLATES.ticketAssigned, SUBSCRIBE_TEMPLATES.ticketOverdue],
} as const;

export type SubscribeMoment = keyof typeof SUBSCRIBE_MOMENTS;

/** The last state the server gave (a tap must call WeChat at once: nothing is fetched in between). */
let known: SubscriptionState | null = null;

/** Reads the user's subscriptions (an empty answer records nothing); kept for the next tap. */
export async function refreshSubscriptions(): Promise<SubscriptionState> {
  known = await api.recordSubscriptions({});
  return known;
}

/**
 * The ids to ask for now: long-term ones not yet accepted, alone (WeChat refuses a mix with
 * 20002); else the one-time ones. Nothing when every template of the moment is long-term and
 * accepted.
 */
export function idsToAsk(moment: SubscribeMoment, state: SubscriptionState | null): string[] {
  const ids: readonly string[] = SUBSCRIBE_MOMENTS[moment];
  const longTerm = ids.filter((id) => state?.longTermTemplateIds.includes(id));
  const missingLongTerm = longTerm.filter((id) => !state?.quotas.some((q) => q.templateId === id && q.longTerm));
  if (missingLongTerm.length) return missingLongTerm;
  return ids.filter((id) => !longTerm.includes(id));
}

/** Whether WeChat will send this person nothing for the moment's templates (no quota, no long-term accept). */
export function hasNoWeChatLeft(moment: SubscribeMoment, state: SubscriptionState): boolean {
  const ids: readonly string[] = SUBSCRIBE_MOMENTS[moment];
  return !state.quotas.some((q) => ids.includes(q.templateId) && (q.longTerm || q.remaining > 0));
}

/**
 * Asks for the moment's templates (WeChat shows its dialog; must run from a tap) and tells the
 * server what the user answered. Never throws: a refused or unsupported subscription must not
 * stop the action that caused it. In a browser there is nothing to ask.
 */
export async function askSubscribe(moment: SubscribeMoment): Promise<void> {
  if (!platform.subscribeMessages) return;
  const ids = idsToAsk(moment, known);
  if (!ids.length) return;
  try {
    const answers = await platform.requestSubscribe(ids);
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== 'unsupported'));
    if (Object.keys(given).length) known = await api.recordSubscriptions(given);
  } catch {
    // The user's main switch is off, or the network failed: notifications stay in-app only.
  }
}
