import type { Plan, PlannedCalendar, WorkOrderSummary } from '@contract/planned';
import { orderSummary } from './workOrders';
import { defaultWindowOf, draftOfPlan, moveCheckpoint, newItem, newPlanDraft, planBodyOf } from '../../src/packages/admin/components/plan/planDraft';
import { deviceWeeks, ordersOfPlans } from '../../src/packages/admin/components/plan/devicePlanWork';

describe('the plan draft', () => {
  it('sends a device plan with a number item’s unit and range, and leaves the window to the server by default', () => {
    const draft = newPlanDraft('2026-12-01');
    draft.nameZh = '  呼吸机月度保养 ';
    draft.asset = { id: 'ICU-VENT1', name: '1号呼吸机' };
    draft.checklist = [
      { ...newItem([]), labelZh: '外观清洁', labelEn: '' },
      { ...newItem([{ ...newItem([]) }]), kind: 'number', labelZh: '潮气量', labelEn: 'Tidal volume', unit: 'ml', min: '400', max: '600', required: true },
    ];
    draft.categoryCode = 'medical';
    draft.criticality = 'lifeSupport';
    expect(planBodyOf(draft)).toEqual({
      name: { zh: '呼吸机月度保养', en: '呼吸机月度保养' },
      target: { kind: 'asset', assetId: 'ICU-VENT1' },
      schedule: { frequency: 'monthly', startsOn: '2026-12-01' },
      checklist: [
        { id: 'i1', kind: 'passFail', label: { zh: '外观清洁', en: '外观清洁' }, required: true },
        { id: 'i2', kind: 'number', label: { zh: '潮气量', en: 'Tidal volume' }, unit: 'ml', min: 400, max: 600, required: true },
      ],
      categoryCode: 'medical',
      technicianId: undefined,
      team: undefined,
      criticality: 'lifeSupport',
      leadDays: 7,
      postponeMaxDays: 5,
    });
  });

  it('sends every N days, a meter and an own window only with their frequency, and unreadable numbers as NaN for the server to refuse', () => {
    const draft = { ...newPlanDraft('2026-12-01'), frequency: 'everyNDays' as const, everyDays: '14', windowOverride: true, beforeDays: '2', afterDays: 'x' };
    const body = planBodyOf(draft);
    expect(body.schedule).toEqual({ frequency: 'everyNDays', startsOn: '2026-12-01', everyDays: 14 });
    expect(body.window?.beforeDays).toBe(2);
    expect(body.window?.afterDays).toBeNaN();
    const meter = planBodyOf({ ...newPlanDraft('2026-12-01'), frequency: 'meter', meter: { name: 'running_hours', unit: 'h', every: '500', startsAt: '' } });
    expect(meter.schedule).toEqual({ frequency: 'meter', startsOn: '2026-12-01', meter: { name: 'running_hours', unit: 'h', every: 500, startsAt: 0 } });
    expect(meter.window).toBeUndefined();
  });

  it('sends a round’s checkpoints in their order, moved up and down', () => {
    const list = [
      { kind: 'location' as const, id: 'B1-0101', name: '电梯厅' },
      { kind: 'asset' as const, id: 'B1-EL01', name: '1号电梯' },
      { kind: 'location' as const, id: 'B1-0106', name: '配电房' },
    ];
    const moved = moveCheckpoint(list, 2, -1);
    expect(moved.map((c) => c.id)).toEqual(['B1-0101', 'B1-0106', 'B1-EL01']);
    expect(moveCheckpoint(list, 0, -1).map((c) => c.id)).toEqual(['B1-0101', 'B1-EL01', 'B1-0106']);
    const body = planBodyOf({ ...newPlanDraft('2026-12-01'), targetKind: 'round', checkpoints: moved });
    expect(body.target).toEqual({ kind: 'round', checkpoints: [{ kind: 'location', id: 'B1-0101' }, { kind: 'location', id: 'B1-0106' }, { kind: 'asset', id: 'B1-EL01' }] });
  });

  it('gives new items ids not used yet', () => {
    expect(newItem([{ ...newItem([]), id: 'i2' }]).id).toBe('i3');
    expect(newItem([{ ...newItem([]), id: 'i1' }, { ...newItem([]), id: 'i3' }]).id).toBe('i4');
  });

  it('knows the surveyors’ default windows: the month, ±10 / ±20 / ±30 days, 10 % of N', () => {
    expect(defaultWindowOf('monthly', 0)).toEqual({ kind: 'month' });
    expect(defaultWindowOf('quarterly', 0)).toEqual({ kind: 'days', beforeDays: 10, afterDays: 10 });
    expect(defaultWindowOf('semiannual', 0)).toEqual({ kind: 'days', beforeDays: 20, afterDays: 20 });
    expect(defaultWindowOf('yearly', 0)).toEqual({ kind: 'days', beforeDays: 30, afterDays: 30 });
    expect(defaultWindowOf('everyNDays', 45)).toEqual({ kind: 'days', beforeDays: 4, afterDays: 4 });
    expect(defaultWindowOf('weekly', 0)).toEqual({ kind: 'days', beforeDays: 0, afterDays: 2 });
  });

  it('edits a stored plan: the device’s name, and a default window stays the default', () => {
    const plan: Plan = {
      id: 'p1',
      name: { zh: '空调季度保养', en: 'AC quarterly' },
      target: { kind: 'asset', assetId: 'B5-0312-AC1', assetName: '0312 空调' },
      schedule: { frequency: 'quarterly', startsOn: '2026-12-15' },
      window: { beforeDays: 10, afterDays: 10 },
      windowIsDefault: true,
      checklist: [{ id: 'filter', kind: 'photo', label: { zh: '滤网照片', en: 'Filter photo' }, required: true }],
      categoryCode: 'hvac',
      technicianId: 'tech-zhao',
      team: null,
      criticality: 'normal',
      leadDays: 10,
      postponeMaxDays: 5,
      nextDueOn: '2026-12-15',
      meter: null,
      version: 3,
      retired: false,
    };
    const draft = draftOfPlan(plan);
    expect(draft.asset).toEqual({ id: 'B5-0312-AC1', name: '0312 空调' });
    expect(draft.windowOverride).toBe(false);
    expect(planBodyOf(draft)).toMatchObject({ technicianId: 'tech-zhao', team: undefined, leadDays: 10, checklist: [{ id: 'filter', kind: 'photo', label: { zh: '滤网照片', en: 'Filter photo' }, required: true }] });
    expect(planBodyOf(draft).window).toBeUndefined();
  });
});

describe('the device page’s work orders', () => {
  const order = (id: string, dueOn: string) => orderSummary(id, dueOn);
  const week = (days: [string, WorkOrderSummary[]][]): PlannedCalendar => ({ week: days[0]![0], days: days.map(([day, orders]) => ({ day, orders })) });

  it('picks the orders of the device’s plans from the weeks, by the plan × period id, once each, by due day', () => {
    const weeks = [
      week([['2026-11-02', [order('P1-202611', '2026-11-02'), order('P9-202611', '2026-11-02')]]]),
      week([['2026-12-01', [order('P2-OPD-EL01-2026W49', '2026-12-01'), order('P2-OPD-EL02-2026W49', '2026-12-01')]]]),
      week([['2026-12-01', [order('P2-OPD-EL01-2026W49', '2026-12-01')]], ['2026-11-30', [order('P1-202612', '2026-11-30')]]]),
    ];
    expect(ordersOfPlans(weeks, ['P1', 'P2'], 'OPD-EL01').map((o) => o.id)).toEqual(['P1-202611', 'P1-202612', 'P2-OPD-EL01-2026W49']);
  });

  it('looks four weeks back and two ahead from this week’s Monday', () => {
    expect(deviceWeeks(new Date(2026, 11, 3))).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
  });
});
