import type { MeterReadingBody } from '../../contract/planned';
import { NotFoundError } from '../errors';
import { openOrders, type OrderDeps } from './openOrders';
import type { PlanRecord, WorkOrderRecord } from './records';
import { calendarDayIn, meterPeriodKey } from './schedule';
import { orderWindow } from './window';

/** How many thresholds above `startsAt` a reading has passed (k of startsAt + k × every). */
export function crossingsOf(rule: { every: number; startsAt: number }, value: number): number {
  return value <= rule.startsAt ? 0 : Math.floor((value - rule.startsAt) / rule.every);
}

export interface MeterReadingOutcome {
  meter: string;
  value: number;
  openedOrders: Pick<WorkOrderRecord, 'id' | 'number' | 'planId'>[];
}

/**
 * A meter reading of a device: each meter plan of that device and meter whose next threshold the
 * reading reaches opens ONE order (period m<k>, k the highest threshold passed, however many it
 * jumps), and keeps the reading. A repeated reading passes no new threshold and opens nothing.
 */
export async function recordMeterReading(deps: OrderDeps, hospitalId: string, assetId: string, body: MeterReadingBody): Promise<MeterReadingOutcome> {
  const [asset, hospital] = await Promise.all([deps.catalog.getAsset(hospitalId, assetId), deps.catalog.getHospital(hospitalId)]);
  if (!asset || asset.retired || !hospital) throw new NotFoundError(`Device ${assetId}`, `设备 ${assetId} `);
  const now = deps.clock.now();
  const at = body.at ? new Date(body.at) : now;
  const plans = await deps.plans.listMeterPlans(hospitalId, assetId, body.meter);
  const opened: MeterReadingOutcome['openedOrders'] = [];
  for (const plan of plans) {
    const rule = plan.schedule.meter;
    if (plan.retired || !rule || !plan.meter) continue;
    const k = crossingsOf(rule, body.value);
    const crossed = k > plan.meter.crossings;
    if (crossed) {
      const dueOn = calendarDayIn(at, hospital.timezone);
      const window = orderWindow('meter', dueOn, plan.window);
      const orders = await openOrders(deps, plan, hospital, { period: meterPeriodKey(k), dueOn, ...window }, { meter: body.meter, value: body.value, at: at.toISOString() });
      opened.push(...orders.map((o) => ({ id: o.id, number: o.number, planId: o.planId })));
    }
    const meter: NonNullable<PlanRecord['meter']> = { lastReading: body.value, lastReadAt: at.toISOString(), crossings: crossed ? k : plan.meter.crossings };
    await deps.plans.save({ ...plan, meter, version: plan.version + 1, updatedAt: now.toISOString() }, { version: plan.version }, null, plan);
  }
  return { meter: body.meter, value: body.value, openedOrders: opened };
}
