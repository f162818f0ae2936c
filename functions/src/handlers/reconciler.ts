import type { ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../deps';
import { MetricName } from '../domain/metrics';
import { reconcileRecentDays } from '../domain/reports/reconcileRecent';
import { eventHandler, logEntry } from '../observability/eventHandler';

/** EventBridge, nightly (a timer in the local stack): the last two days' numbers recomputed and repaired. */
export const handler = eventHandler('reconciler', async (event: Partial<ScheduledEvent<{ hospitalId?: string }>>) => {
  const deps = await getDeps();
  const hospitalId = typeof event.detail?.hospitalId === 'string' ? event.detail.hospitalId : deps.config.defaultHospitalId;
  const run = await reconcileRecentDays(deps, hospitalId);
  if (run.corrected > 0) deps.metrics.count(MetricName.aggregatesCorrected, run.corrected);
  logEntry({ msg: 'reconcile', from: run.from, to: run.to, tickets: run.tickets, corrected: run.corrected, conflicts: run.conflicts, lostVersions: run.lostVersions, unsettledDays: run.unsettledDays.length });
  return run;
});
