import { ConflictError, InvalidError } from '../errors';
import { can } from '../policy/can';
import { aUser, people } from '../testing/factories';
import { overdueStep } from './overdue';
import type { WorkOrderRecord } from './records';
import { checkResults, completeWorkOrder, endOfHospitalDay, postponeWorkOrder, skipCheckpoint, type WorkOrderContext } from './workOrders';

const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string): WorkOrderContext => ({ now: new Date(iso), timezone: SHANGHAI });

function anOrder(overrides: Partial<WorkOrderRecord> = {}): WorkOrderRecord {
  return {
    hospitalId: 'h1',
    id: 'PL1-20261201',
    number: 'PM20261201-0001',
    planId: 'PL1',
    planName: { zh: '配电巡检', en: 'Power round' },
    kind: 'round',
    period: '20261201',
    dueOn: '2026-12-01',
    opensOn: '2026-12-01',
    closesOn: '2026-12-03',
    originalClosesOn: '2026-12-03',
    status: 'in_progress',
    onTime: null,
    criticality: 'normal',
    categoryCode: 'power',
    technicianId: 'tech-zhao',
    team: null,
    checklist: [
      { id: 'ok', kind: 'passFail', label: { zh: '外观', en: 'Looks' }, required: true },
      { id: 'temp', kind: 'number', label: { zh: '温度', en: 'Temperature' }, unit: '℃', min: 0, max: 40, required: true },
      { id: 'pic', kind: 'photo', label: { zh: '照片', en: 'Photo' }, required: false },
    ],
    checkpoints: [
      { index: 0, kind: 'location', id: 'R1', name: '配电房', qrCode: 'R-R1', status: 'done', skipReason: null, at: '2026-12-01T02:00:00.000Z', deviceAt: null, by: '赵师傅', results: [], locationId: 'R1' },
    ],
    postponements: [],
    postponeMaxDays: 5,
    startedAt: '2026-12-01T02:00:00.000Z',
    completedAt: null,
    escalations: [],
    meterReading: null,
    createdAt: '2026-11-24T00:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

function refusal(fn: () => unknown): string {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    if (error instanceof InvalidError) return `400 ${error.problems.map((p) => p.code).join(',')}`;
    if (error instanceof ConflictError) return '409';
    return String(error);
  }
}

describe("a work order's window, by the hospital's calendar day", () => {
  // Shanghai is UTC+8: its 3 December ends at 2026-12-03T16:00Z.
  it.each([
    ['on the closing day, late in the evening', '2026-12-03T15:59:00.000Z', true],
    ['before the window opens', '2026-11-29T01:00:00.000Z', true],
    ['just after midnight of the next day', '2026-12-03T16:01:00.000Z', false],
    ['a day past', '2026-12-04T10:00:00.000Z', false],
  ])('completed %s: on time %s', (_, now, onTime) => {
    expect(completeWorkOrder(at(now), anOrder(), people.zhao, 3).after).toMatchObject({ status: 'done', onTime });
  });

  it('ends at 00:00 of the next day in the hospital zone', () => {
    expect(endOfHospitalDay('2026-12-03', SHANGHAI).toISOString()).toBe('2026-12-03T16:00:00.000Z');
  });

  it('is not done while a checkpoint is neither recorded nor skipped', () => {
    const pending = anOrder({ checkpoints: [{ ...anOrder().checkpoints[0]!, status: 'pending' }] });
    expect(refusal(() => completeWorkOrder(at('2026-12-02T02:00:00.000Z'), pending, people.zhao, 3))).toBe('409');
  });
});

describe('checklist results', () => {
  const zhaoPhoto = 'h/h1/u/tech-zhao/01JPHOTO.jpg';
  it('fails a fail and a number outside its range, not one inside it', () => {
    const results = checkResults(anOrder(), [{ itemId: 'ok', pass: false }, { itemId: 'temp', value: 41 }], people.zhao);
    expect(results.map((r) => [r.itemId, r.failed])).toEqual([['ok', true], ['temp', true]]);
    expect(checkResults(anOrder(), [{ itemId: 'ok', pass: true }, { itemId: 'temp', value: 40 }], people.zhao).map((r) => r.failed)).toEqual([false, false]);
  });

  it.each([
    ['a required item left out', [{ itemId: 'ok', pass: true }], '400 item_required'],
    ['an unknown item', [{ itemId: 'ok', pass: true }, { itemId: 'temp', value: 1 }, { itemId: 'nope', pass: true }], '400 unknown_item'],
    ['a number item without a reading', [{ itemId: 'ok', pass: true }, { itemId: 'temp' }], '400 value_required'],
    ["someone else's photo", [{ itemId: 'ok', pass: true }, { itemId: 'temp', value: 1 }, { itemId: 'pic', photoKey: 'h/h1/u/tech-sun/01JPHOTO.jpg' }], '400 photo_not_uploaded'],
    ["another hospital's photo", [{ itemId: 'ok', pass: true }, { itemId: 'temp', value: 1 }, { itemId: 'pic', photoKey: 'h/h2/u/tech-zhao/01JPHOTO.jpg' }], '400 photo_not_uploaded'],
    ['their own photo', [{ itemId: 'ok', pass: true }, { itemId: 'temp', value: 1 }, { itemId: 'pic', photoKey: zhaoPhoto }], 'allowed'],
  ])('refuses %s', (_, results, outcome) => {
    expect(refusal(() => checkResults(anOrder(), results, people.zhao))).toBe(outcome);
  });
});

describe('skipping and postponing', () => {
  const pending = anOrder({ checkpoints: [{ ...anOrder().checkpoints[0]!, status: 'pending' }] });
  it('needs a reason to skip', () => {
    expect(refusal(() => skipCheckpoint(at('2026-12-02T02:00:00.000Z'), pending, people.zhao, 0, { reason: '  ', version: 3 }))).toBe('400 reason_required');
  });

  it.each([
    ['to the last day allowed (5 days past the original close)', '2026-12-08', 'allowed'],
    ['a day beyond it', '2026-12-09', '400 postpone_too_far'],
    ['to a day before the closing day', '2026-12-02', '400 postpone_not_later'],
  ])('moves the closing day %s', (_, untilDay, outcome) => {
    expect(refusal(() => postponeWorkOrder(at('2026-12-02T02:00:00.000Z'), anOrder(), people.zhao, { reason: 'inUse', untilDay, version: 3 }))).toBe(outcome);
  });

  it('reopens a missed order and starts its escalation over from the new closing day', () => {
    const missed = anOrder({ status: 'missed', escalations: [{ level: 1, at: '2026-12-03T16:00:00.000Z' }] });
    const moved = postponeWorkOrder(at('2026-12-04T02:00:00.000Z'), missed, people.zhao, { reason: 'notFound', untilDay: '2026-12-06', version: 3 });
    expect(moved.after).toMatchObject({ status: 'in_progress', closesOn: '2026-12-06', escalations: [] });
    expect(moved.after.postponements).toEqual([{ reason: 'notFound', note: null, fromCloses: '2026-12-03', toCloses: '2026-12-06', at: '2026-12-04T02:00:00.000Z', by: 'tech-zhao' }]);
    expect(moved.overdueWatchAt).toBe('2026-12-06T16:00:00.000Z');
  });
});

describe('the overdue escalation', () => {
  it('does nothing before the closing day ends', () => {
    expect(overdueStep(new Date('2026-12-03T15:59:00.000Z'), anOrder(), SHANGHAI)).toBeNull();
  });

  it('tells the desk when the closing day ends, the managers a day later, and nobody after', () => {
    const desk = overdueStep(new Date('2026-12-03T16:00:00.000Z'), anOrder(), SHANGHAI)!;
    expect(desk.after.status).toBe('missed');
    expect(desk.notifications).toEqual([{ kind: 'planned_work_overdue', userIds: [], roles: ['dispatcher'], onShiftOnly: false }]);
    expect(desk.overdueWatchAt).toBe('2026-12-04T16:00:00.000Z');
    expect(overdueStep(new Date('2026-12-04T15:59:00.000Z'), desk.after, SHANGHAI)).toBeNull();
    const managers = overdueStep(new Date('2026-12-04T16:00:00.000Z'), desk.after, SHANGHAI)!;
    expect(managers.notifications).toEqual([{ kind: 'planned_work_overdue', userIds: [], roles: ['manager'], onShiftOnly: false }]);
    expect(managers.overdueWatchAt).toBeNull();
    expect(overdueStep(new Date('2026-12-09T00:00:00.000Z'), managers.after, SHANGHAI)).toBeNull();
  });

  it('leaves a done order alone', () => {
    expect(overdueStep(new Date('2026-12-09T00:00:00.000Z'), anOrder({ status: 'done', onTime: true }), SHANGHAI)).toBeNull();
  });
});

describe('who may work on an order', () => {
  const electrician = aUser({ id: 'tech-qian', roles: ['technician'], skills: ['power'], team: '电工班' });
  const otherHospital = aUser({ id: 'tech-zhao', hospitalId: 'h2', roles: ['technician'], skills: ['power'] });
  const unassigned = anOrder({ technicianId: null, team: '电工班' });
  // Written by hand: [who, order, view, run, assign].
  it.each<[string, ReturnType<typeof aUser>, WorkOrderRecord, boolean, boolean, boolean]>([
    ['its technician', people.zhao, anOrder(), true, true, false],
    ['another technician', people.sun, anOrder(), false, false, false],
    ["a technician of the team of an order nobody has", electrician, unassigned, true, true, false],
    ['a technician of another team', people.sun, unassigned, false, false, false],
    ['the desk', people.desk, anOrder(), true, false, true],
    ['a manager', people.manager, anOrder(), true, false, false],
    ['a nurse', people.nurse, anOrder(), false, false, false],
    ["another hospital's technician of the same id", otherHospital, anOrder(), false, false, false],
  ])('%s', (_, user, order, view, run, assign) => {
    expect([can(user, 'plannedWork', { order, act: 'view' }), can(user, 'plannedWork', { order, act: 'run' }), can(user, 'plannedWork', { order, act: 'assign' })]).toEqual([view, run, assign]);
  });
});
