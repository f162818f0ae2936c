import type { ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../deps';
import { MetricName } from '../domain/metrics';
import { scanSla } from '../domain/sla/scanSla';
import { scanPlannedOverdue } from '../domain/planned/scanOverdue';
import { scanIncidentClocks } from '../domain/incidents/scanClocks';
import { eventHandler, logEntry } from '../observability/eventHandler';

/** EventBridge, every minute (a timer in the local stack): record SLA breaches and escalations. */
export const handler = eventHandler('slaScanner', async (event: Partial<ScheduledEvent<{ hospitalId?: string }>>) => {
  const hospitalId = typeof event.detail?.hospitalId === 'string' ? event.detail.hospitalId : undefined;
  const deps = await getDeps();
  const tickets = await scanSla(deps, { hospitalId });
  // Overdue planned work escalates through the same deadline index (issue 15).
  const planned = await scanPlannedOverdue(deps, { hospitalId });
  // A major incident's missed clocks too (issue 16), told to the managers once each.
  const incidents = await scanIncidentClocks(deps, { hospitalId });
  const result = { ...tickets, plannedDue: planned.due, plannedEscalated: planned.escalated, plannedSkipped: planned.skipped, incidentClocksMissed: incidents.escalated };
  // Each escalation is a missed deadline recorded once (desk, then manager): the breaches of this minute.
  if (result.escalated > 0) deps.metrics.count(MetricName.slaBreaches, result.escalated);
  if (planned.escalated > 0) deps.metrics.count(MetricName.plannedWorkOverdue, planned.escalated);
  if (result.escalated > 0 || result.skipped > 0 || planned.escalated > 0 || planned.skipped > 0 || incidents.escalated > 0) logEntry({ msg: 'sla scan', ...result });
  return result;
});
