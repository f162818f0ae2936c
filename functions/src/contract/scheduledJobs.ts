/**
 * Handlers that run on a schedule rather than on an HTTP route: EventBridge rules in
 * serverless.yml, a timer in the local stack. Each is functions/src/handlers/<name>.ts.
 */
export const scheduledJobs = [
  { name: 'slaScanner', rate: 'rate(1 minute)', everyMs: 60_000, summary: 'Record SLA breaches and escalate them; auto-confirm; complaint clocks' },
  { name: 'reconciler', rate: 'cron(30 19 * * ? *)', everyMs: 24 * 3600_000, summary: 'Nightly (03:30 in China): recompute the last two days\' aggregates from the tickets and repair drift' },
  { name: 'notificationRedrive', rate: 'rate(5 minutes)', everyMs: 300_000, summary: 'Try set-aside notifications again on their backoff (24 h), then leave them to the desk' },
  { name: 'plannedWorkGenerator', rate: 'rate(1 hour)', everyMs: 3600_000, summary: 'Make the planned work due by now (one order per plan × period; a missed run is caught up within the hour)' },
] as const;

export type ScheduledJobName = (typeof scheduledJobs)[number]['name'];
