import type { NotificationKind } from '../notifications';

/**
 * Where a template keyword's value comes from. The message is built from the ticket and the
 * outbox item alone, so one table of sources per template is all the configuration there is.
 */
export type ValueSource = 'ticketNumber' | 'location' | 'description' | 'status' | 'urgency' | 'what' | 'eventTime' | 'reportedTime';

export interface TemplateSpec {
  templateId: string;
  /** keyword key (e.g. `thing2`) → what to put in it; the key's prefix decides how it is fitted. */
  data: Record<string, ValueSource>;
  /**
   * A long-term template (长期订阅): granted per template in the mini-program admin to some
   * public-service categories, medical (医疗) among them. One accept allows every later message;
   * the app asks for it in a call of its own, never mixed with one-time ids. Default: one-time.
   */
  longTerm?: boolean;
}

/** notification kind → subscribe-message template; kinds left out are in-app only. */
export type TemplateConfig = Partial<Record<NotificationKind, TemplateSpec>>;

const assigned: TemplateSpec = {
  templateId: 'TMPL_TICKET_ASSIGNED',
  data: { character_string1: 'ticketNumber', thing2: 'location', thing3: 'description', phrase4: 'urgency', time5: 'reportedTime' },
};
const status: TemplateSpec = {
  templateId: 'TMPL_TICKET_STATUS',
  data: { character_string1: 'ticketNumber', thing2: 'location', phrase3: 'status', time4: 'eventTime' },
};
const overdue: TemplateSpec = {
  templateId: 'TMPL_TICKET_OVERDUE',
  data: { character_string1: 'ticketNumber', thing2: 'location', time3: 'eventTime', thing4: 'what' },
};

/**
 * The default: the three templates the local WeChat fake knows (real ids come from the
 * mini-program admin and are configured with WECHAT_TEMPLATES, same shape).
 */
export const defaultTemplateConfig: TemplateConfig = {
  new_job: assigned,
  job_offered: assigned,
  new_report: assigned,
  ticket_assigned: status,
  ticket_accepted: status,
  technician_arrived: status,
  ticket_on_hold: status,
  ticket_completed: status,
  ticket_reopened: status,
  ticket_cancelled: status,
  emergency_reported: overdue,
  emergency_unconfirmed: overdue,
  reports_grouped: overdue,
  sla_breached: overdue,
  sla_escalated: overdue,
  complaint_opened: overdue,
  // A work order's number, where, when and what (domain/notify/buildMessage.ts reads them off the order's facts).
  planned_work_due: overdue,
  planned_work_overdue: overdue,
  // Issue 16: a failed spot check sends the job back (its technician acts on it); disputes are in-app only.
  spot_check_failed: overdue,
  // A major incident's number, places, grade and title (buildMessage.ts reads them off the incident's facts).
  incident_declared: overdue,
  incident_clock_missed: overdue,
  // A job's id, place and status (domain/notify/buildMessage.ts reads them off the job's facts).
  job_done: status,
};

/** Every template id in a configuration: the ones a user may subscribe to. */
export function configuredTemplateIds(config: TemplateConfig): string[] {
  return [...new Set(Object.values(config).map((t) => t.templateId))];
}

/** The configuration's long-term template ids (a template is long-term wherever it is used). */
export function longTermTemplateIds(config: TemplateConfig): string[] {
  return [...new Set(Object.values(config).filter((t) => t.longTerm === true).map((t) => t.templateId))];
}

const SOURCES: readonly ValueSource[] = ['ticketNumber', 'location', 'description', 'status', 'urgency', 'what', 'eventTime', 'reportedTime'];

/**
 * The configured templates (WECHAT_TEMPLATES, JSON of the TemplateConfig shape) or the default.
 * A malformed value fails the cold start: a wrong template id would only show as 40037 later.
 */
export function parseTemplateConfig(json: string | undefined): TemplateConfig {
  if (!json) return defaultTemplateConfig;
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('WECHAT_TEMPLATES must be a JSON object');
  for (const [kind, spec] of Object.entries(parsed as Record<string, unknown>)) {
    const s = spec as Partial<TemplateSpec> | null;
    if (!s || typeof s.templateId !== 'string' || typeof s.data !== 'object' || s.data === null) {
      throw new Error(`WECHAT_TEMPLATES.${kind} needs templateId and data`);
    }
    if (s.longTerm !== undefined && typeof s.longTerm !== 'boolean') throw new Error(`WECHAT_TEMPLATES.${kind}.longTerm must be true or false`);
    for (const [key, source] of Object.entries(s.data)) {
      if (!SOURCES.includes(source)) throw new Error(`WECHAT_TEMPLATES.${kind}.data.${key}: unknown source ${String(source)}`);
    }
  }
  return parsed as TemplateConfig;
}
