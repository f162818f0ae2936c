import { platform } from '../platform';
import { api } from './api';

/**
 * Subscribe-message templates (ids from the mini-program admin; these are the local stack's,
 * see functions/src/domain/notify/templates.ts). One-time subscriptions: each "accept" allows
 * one message, so the app asks again at each natural moment.
 */
export const SUBSCRIBE_TEMPLATES = {
  ticketAssigned: 'TMPL_TICKET_ASSIGNED',
  ticketStatus: 'TMPL_TICKET_STATUS',
  ticketOverdue: 'TMPL_TICKET_OVERDUE',
} as const;

/** What each moment asks for (≤ 3 ids, one-time only). */
export const SUBSCRIBE_MOMENTS = {
  /** A reporter just submitted: tell me when it is assigned, accepted, done. */
  afterReport: [SUBSCRIBE_TEMPLATES.ticketStatus],
  /** A technician opened the job list: tell me about new jobs and deadlines about to pass. */
  technicianJobs: [SUBSCRIBE_TEMPLATES.ticketAssigned, SUBSCRIBE_TEMPLATES.ticketOverdue],
} as const;

export type SubscribeMoment = keyof typeof SUBSCRIBE_MOMENTS;

/**
 * Asks for the moment's templates (WeChat shows its dialog; must run from a tap) and tells the
 * server what the user answered. Never throws: a refused or unsupported subscription must not
 * stop the action that caused it.
 */
export async function askSubscribe(moment: SubscribeMoment): Promise<void> {
  try {
    const answers = await platform.requestSubscribe([...SUBSCRIBE_MOMENTS[moment]]);
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== 'unsupported'));
    if (Object.keys(given).length) await api.recordSubscriptions(given);
  } catch {
    // The user's main switch is off, or the network failed: notifications stay in-app only.
  }
}
