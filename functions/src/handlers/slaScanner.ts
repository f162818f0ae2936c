import type { ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../deps';
import { scanSla } from '../domain/sla/scanSla';

/** EventBridge, every minute (a timer in the local stack): record SLA breaches and escalations. */
export async function handler(event: Partial<ScheduledEvent<{ hospitalId?: string }>>) {
  const hospitalId = typeof event.detail?.hospitalId === 'string' ? event.detail.hospitalId : undefined;
  const result = await scanSla(await getDeps(), { hospitalId });
  if (result.escalated > 0 || result.skipped > 0) console.log(JSON.stringify({ msg: 'sla scan', ...result }));
  return result;
}
