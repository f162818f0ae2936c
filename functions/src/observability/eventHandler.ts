import type { Context } from 'aws-lambda';
import { logger, publishMetrics } from './powertools';

/**
 * The wrapper of every event-driven handler (stream consumers, the SLA scanner, the dead-letter
 * recorder), as http() is for routes: one log line per invocation with the handler's name, how
 * many records came and how many failed, the duration, and the metrics flushed at the end.
 * Records' contents are never logged.
 */
export function eventHandler<E, R>(name: string, fn: (event: E, context?: Context) => Promise<R>) {
  return async (event: E, context?: Context): Promise<R> => {
    const startedAt = performance.now();
    const line = () => ({
      handler: name,
      ...recordCount(event),
      durationMs: Math.round(performance.now() - startedAt),
      ...(context?.awsRequestId ? { function_request_id: context.awsRequestId } : {}),
    });
    try {
      const result = await fn(event, context);
      logger.info('event handled', { ...line(), ...failureCount(result) });
      return result;
    } catch (error) {
      logger.error('event handler failed', { ...line(), error: error instanceof Error ? { name: error.name, message: error.message.slice(0, 300) } : String(error) });
      throw error;
    } finally {
      publishMetrics();
    }
  };
}

function recordCount(event: unknown): { records?: number } {
  const records = (event as { Records?: unknown } | null)?.Records;
  return Array.isArray(records) ? { records: records.length } : {};
}

/** A partial batch response names the records to retry. */
function failureCount(result: unknown): { failed?: number } {
  const failures = (result as { batchItemFailures?: unknown } | null)?.batchItemFailures;
  return Array.isArray(failures) ? { failed: failures.length } : {};
}

/**
 * The domain reports what it did through a plain callback (`{ msg | message, level?, ...ids }`);
 * this sends each entry through the logger at its level. Entries carry ids, never personal data.
 */
export function logEntry(entry: Record<string, unknown>): void {
  const { msg, message, level, ...rest } = entry;
  const text = String(msg ?? message ?? 'event');
  if (level === 'error') logger.error(text, rest);
  else if (level === 'warn') logger.warn(text, rest);
  else logger.info(text, rest);
}
