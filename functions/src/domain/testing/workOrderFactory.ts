import type { CheckpointRecord, WorkOrderRecord } from '../planned/records';

/** A checkpoint of a test order: pending unless told, at a room of its own. */
export function aCheckpoint(overrides: Partial<CheckpointRecord> & Pick<CheckpointRecord, 'index'>): CheckpointRecord {
  return {
    kind: 'location',
    id: `loc-${overrides.index}`,
    name: `检查点 ${overrides.index + 1}`,
    qrCode: `R-${overrides.index}`,
    status: 'pending',
    skipReason: null,
    at: null,
    deviceAt: null,
    by: null,
    results: [],
    locationId: `loc-${overrides.index}`,
    ...overrides,
  };
}

/** A work order for tests of the measures (and anything else reading orders): a scheduled monthly device plan's order unless told. */
export function aWorkOrder(overrides: Partial<WorkOrderRecord> & Pick<WorkOrderRecord, 'id'>): WorkOrderRecord {
  const dueOn = overrides.dueOn ?? '2026-11-01';
  const closesOn = overrides.closesOn ?? '2026-11-30';
  return {
    hospitalId: 'h1',
    number: `PM${dueOn.replaceAll('-', '')}-${overrides.id}`,
    planId: 'plan-1',
    planName: { zh: '呼吸机月度维护', en: 'Ventilator monthly maintenance' },
    kind: 'maintenance',
    period: dueOn.slice(0, 7).replace('-', ''),
    dueOn,
    opensOn: overrides.opensOn ?? `${dueOn.slice(0, 7)}-01`,
    closesOn,
    originalClosesOn: closesOn,
    status: 'scheduled',
    onTime: null,
    criticality: 'normal',
    categoryCode: 'medical_equipment',
    technicianId: 'tech-zhao',
    team: null,
    checklist: [
      { id: 'visual', kind: 'passFail', label: { zh: '外观检查', en: 'Visual check' }, required: true },
      { id: 'pressure', kind: 'number', label: { zh: '气道压力', en: 'Airway pressure' }, unit: 'kPa', min: 1, max: 4, required: true },
    ],
    checkpoints: [aCheckpoint({ index: 0, kind: 'asset', id: 'VENT1', name: 'ICU 呼吸机 1' })],
    postponements: [],
    postponeMaxDays: 5,
    startedAt: null,
    completedAt: null,
    escalations: [],
    meterReading: null,
    createdAt: '2026-10-25T00:00:00.000Z',
    updatedAt: '2026-10-25T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
