import type { WorkOrderSummary } from '@contract/planned';

/** A planned work order as the calendar lists it; due, open and closed on `dueOn`. */
export function orderSummary(id: string, dueOn: string, fields: Partial<WorkOrderSummary> = {}): WorkOrderSummary {
  return {
    id,
    number: `PM-${id}`,
    planName: { zh: '呼吸机月度保养', en: 'Ventilator PM' },
    kind: 'maintenance',
    dueOn,
    opensOn: dueOn,
    closesOn: dueOn,
    status: 'scheduled',
    criticality: 'normal',
    technicianId: null,
    progress: { finished: 0, total: 1 },
    where: '—',
    ...fields,
  };
}
