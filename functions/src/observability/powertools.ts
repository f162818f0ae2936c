import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MetricName, MetricsRecorder } from '../domain/metrics';

/**
 * Powertools for AWS Lambda, one instance of each per Lambda instance. Names come from the
 * environment (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL) with
 * these defaults. No Tracer: importing it (aws-xray-sdk-core) added ~70 ms to a cold init here,
 * about half the per-function budget, for traces the SDK's own CloudWatch metrics mostly give.
 */
const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? 'fault-reporting';
export const logger = new Logger({ serviceName });
export const metrics = new Metrics({ serviceName, namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'FaultReporting' });

/** The domain's metrics port on Powertools: a counter with dimensions is its own EMF blob. */
export const powertoolsMetrics: MetricsRecorder = {
  count(metric: MetricName, value = 1, dimensions?: Readonly<Record<string, string>>) {
    if (!dimensions || Object.keys(dimensions).length === 0) {
      metrics.addMetric(metric, MetricUnit.Count, value);
      return;
    }
    // singleMetric(): the dimensions belong to this value only, not to the invocation's other metrics.
    metrics.singleMetric().addDimensions({ ...dimensions }).addMetric(metric, MetricUnit.Count, value);
  },
};

/** Flushes what an invocation counted (only if it counted anything: an empty flush only warns). */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
