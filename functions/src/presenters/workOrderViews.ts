import { workOrderSummary } from '../domain/planned/calendar';
import type { WorkOrder } from '../contract/planned';
import type { WorkOrderRecord } from '../domain/planned/records';

/** The order as its view shows it (the checkpoints without the room a corrective ticket is filed at), answered at `now`. */
export function toWorkOrderView(o: WorkOrderRecord, now: Date): WorkOrder {
  return {
    id: o.id,
    number: o.number,
    planId: o.planId,
    planName: { zh: o.planName.zh, en: o.planName.en },
    kind: o.kind,
    period: o.period,
    dueOn: o.dueOn,
    opensOn: o.opensOn,
    closesOn: o.closesOn,
    status: o.status,
    onTime: o.onTime,
    criticality: o.criticality,
    categoryCode: o.categoryCode,
    technicianId: o.technicianId,
    team: o.team,
    checklist: o.checklist,
    checkpoints: o.checkpoints.map((c) => ({
      index: c.index,
      kind: c.kind,
      id: c.id,
      name: c.name,
      qrCode: c.qrCode,
      status: c.status,
      skipReason: c.skipReason,
      at: c.at,
      deviceAt: c.deviceAt,
      by: c.by,
      results: c.results,
    })),
    postponements: o.postponements,
    postponeMaxDays: o.postponeMaxDays,
    startedAt: o.startedAt,
    completedAt: o.completedAt,
    createdAt: o.createdAt,
    version: o.version,
    at: now.toISOString(),
  };
}

/** An order as a line of a list: the same summary the calendar shows. */
export const toWorkOrderSummary = workOrderSummary;
