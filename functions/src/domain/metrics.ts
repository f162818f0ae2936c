/**
 * The business counters operators watch, as a port: the domain and the handlers count through
 * `deps.metrics`, and only the adapter (observability/powertools.ts) knows they become CloudWatch
 * metrics (EMF). Dimensions are low-cardinality codes, never ids or personal data.
 */
export const MetricName = {
  ticketsCreated: 'TicketsCreated',
  slaBreaches: 'SlaBreaches',
  /** Overdue planned work told (desk, then managers), issue 15. */
  plannedWorkOverdue: 'PlannedWorkOverdue',
  notificationsSent: 'NotificationsSent',
  notificationsFailed: 'NotificationsFailed',
  notificationsDeadLettered: 'NotificationsDeadLettered',
  /** A recipient's WeChat message set aside for the scheduled redrive (WeChat busy or unanswered). Dimension `failure`. */
  notificationsParked: 'NotificationsParked',
  /** A send made again after an earlier one got no answer (or a crash left it open): a possible duplicate. Dimension `after`. */
  notificationResends: 'NotificationResends',
  /** Letters the redrive gave up on after 24 h (the desk sees them, with resend). */
  notificationsGivenUp: 'NotificationsGivenUp',
  /** Dimensions `api` (the WeChat path) and `errcode`. */
  wechatErrors: 'WeChatErrors',
  /** Aggregate items the reconcile put right: drift that should not have happened. */
  aggregatesCorrected: 'AggregatesCorrected',
} as const;
export type MetricName = (typeof MetricName)[keyof typeof MetricName];

export interface MetricsRecorder {
  count(metric: MetricName, value?: number, dimensions?: Readonly<Record<string, string>>): void;
}

/** For code paths and tests that count nothing. */
export const noMetrics: MetricsRecorder = { count: () => undefined };
