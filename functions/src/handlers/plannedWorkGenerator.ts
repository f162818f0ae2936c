import type { ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../deps';
import { generateDueWork } from '../domain/planned/generator';
import { eventHandler, logEntry } from '../observability/eventHandler';

/** EventBridge, hourly (a timer in the local stack): the planned work due by now, made once per plan × period. */
export const handler = eventHandler('plannedWorkGenerator', async (event: Partial<ScheduledEvent<{ hospitalId?: string }>>) => {
  const deps = await getDeps();
  const hospitalId = typeof event.detail?.hospitalId === 'string' ? event.detail.hospitalId : undefined;
  const run = await generateDueWork(deps, hospitalId ? { hospitalId } : {});
  logEntry({ msg: 'plannedWork', plans: run.plans, orders: run.orders, conflicts: run.conflicts });
  return run;
});
