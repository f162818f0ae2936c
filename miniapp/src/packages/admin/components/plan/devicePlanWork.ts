import type { PlannedCalendar, WorkOrderSummary } from '@contract/planned';
import { mondayOf, shiftWeek } from '../rotaWeek';

/** The weeks the device page looks at: four back (recent work) to two ahead (what the generator already made, lead days included). */
export const DEVICE_WEEKS_BACK = 4;
export const DEVICE_WEEKS_AHEAD = 2;

export function deviceWeeks(today: Date): string[] {
  const monday = mondayOf(today);
  return Array.from({ length: DEVICE_WEEKS_BACK + DEVICE_WEEKS_AHEAD + 1 }, (_, i) => shiftWeek(monday, i - DEVICE_WEEKS_BACK));
}

/**
 * The orders of the device's plans among the weeks' planned work. A work order's id is
 * `<planId>-<period>` (design15.md: the plan × period guard), so the plan is read from the id;
 * an order of an assetType plan (`<planId>-<assetId>-<period>`) counts when it names this device.
 */
export function ordersOfPlans(weeks: readonly PlannedCalendar[], planIds: readonly string[], assetId: string): WorkOrderSummary[] {
  const seen = new Set<string>();
  const out: WorkOrderSummary[] = [];
  for (const o of weeks.flatMap((w) => w.days.flatMap((d) => d.orders))) {
    const plan = planIds.find((p) => o.id.startsWith(`${p}-`));
    if (!plan || seen.has(o.id)) continue;
    const rest = o.id.slice(plan.length + 1);
    // Periods have no "-" (20261201, 2026W49, m3): a rest with one is an assetType plan's
    // `<assetId>-<period>`, and another device's order of the type is not this device's.
    if (rest.includes('-') && !rest.startsWith(`${assetId}-`)) continue;
    seen.add(o.id);
    out.push(o);
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
