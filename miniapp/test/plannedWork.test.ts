import type { ChecklistItem, WorkOrder } from '@contract/planned';
import { checklistErrors, entryFails, rangeText, toResults } from '../src/components/tech/planned/checklistDraft';
import { countOverdue, windowState } from '../src/components/tech/planned/plannedText';
import { latestPostponeDay, mayRun, orderView } from '../src/components/tech/planned/workOrderView';
import { postponeDays } from '../src/components/tech/planned/PostponeSheet';
import { withPhotoKeys, type QueuedCommand } from '../src/services/offline/queue';

const label = (zh: string) => ({ zh, en: zh });
const checklist: ChecklistItem[] = [
  { id: 'lights', kind: 'passFail', label: label('照明正常'), required: true },
  { id: 'temp', kind: 'number', label: label('室温'), unit: '℃', min: 18, max: 26, required: true },
  { id: 'note', kind: 'text', label: label('备注'), required: false },
  { id: 'panel', kind: 'photo', label: label('配电箱照片'), required: true },
];
const photo = { path: 'blob:panel', size: 2000, contentType: 'image/jpeg' };

describe('a checkpoint’s checklist before it is sent', () => {
  it('asks for every required item and for a number where a number goes', () => {
    expect(checklistErrors(checklist, { temp: { value: '二十' } })).toEqual({ lights: '请选择合格或不合格', temp: '请输入数字', panel: '请拍照' });
    expect(checklistErrors(checklist, { lights: { pass: true }, temp: { value: '21.5' }, panel: { photo } })).toEqual({});
  });

  it('marks a reading outside its range, at either edge, and a fail; a reading on the edge passes', () => {
    const temp = checklist[1]!;
    expect([entryFails(temp, { value: '17.9' }), entryFails(temp, { value: '18' }), entryFails(temp, { value: '26' }), entryFails(temp, { value: '26.1' })]).toEqual([true, false, false, true]);
    expect(entryFails(checklist[0]!, { pass: false })).toBe(true);
    expect(entryFails(checklist[0]!, { pass: true })).toBe(false);
  });

  it('shows the range with its unit', () => {
    expect(rangeText(checklist[1]!)).toBe('正常范围 18 – 26 ℃');
    expect(rangeText({ min: 0.2, unit: 'MPa' })).toBe('不低于 0.2 MPa');
    expect(rangeText({})).toBeNull();
  });

  it('sends numbers as numbers, leaves an empty optional text off, and lists the photo for its item', () => {
    expect(toResults(checklist, { lights: { pass: false }, temp: { value: ' 30 ' }, note: { text: '  ' }, panel: { photo } })).toEqual({
      results: [{ itemId: 'lights', pass: false }, { itemId: 'temp', value: 30 }, { itemId: 'panel' }],
      photos: [{ itemId: 'panel', image: photo }],
    });
  });

  it('puts each uploaded photo’s key into its own item’s result when the queue sends it', () => {
    const queued: QueuedCommand = {
      key: 'k1',
      ticketId: 'wo1',
      command: 'recordCheckpoint',
      deviceTime: '2026-12-01T02:00:00.000Z',
      body: { qrCode: 'R-OPD-0202', results: [{ itemId: 'lights', pass: true }, { itemId: 'panel' }], version: 3 },
      workOrder: { path: '/v1/work-orders/wo1/checkpoints/1', checkpointIndex: 1, photoItemIds: ['panel'] },
    };
    expect(withPhotoKeys(queued, ['h/demo/u/tech-zhao/p1.jpg'])).toEqual({
      qrCode: 'R-OPD-0202',
      results: [{ itemId: 'lights', pass: true }, { itemId: 'panel', photoKey: 'h/demo/u/tech-zhao/p1.jpg' }],
      version: 3,
    });
    // A ticket's completion lists its keys, as before.
    expect(withPhotoKeys({ key: 'k2', ticketId: 't1', command: 'complete', deviceTime: '2026-12-01T02:00:00.000Z', body: { note: '已修好' } }, ['p.jpg'])).toEqual({ note: '已修好', photoKeys: ['p.jpg'] });
  });
});

describe('an order’s window as the list shows it', () => {
  const order = { opensOn: '2026-12-01', closesOn: '2026-12-07' };
  it.each([
    ['2026-11-28', 'notOpen', '3 天后开始'],
    ['2026-12-01', 'open', '还剩 6 天'],
    ['2026-12-06', 'open', '还剩 1 天'],
    ['2026-12-07', 'lastDay', '今天截止'],
    ['2026-12-09', 'overdue', '已逾期 2 天'],
  ])('on %s it is %s: %s', (today, tone, text) => {
    expect(windowState(order, today)).toEqual({ tone, text });
  });

  it('counts as overdue only open orders past their last day', () => {
    const orders = [
      { closesOn: '2026-12-07', status: 'scheduled' as const },
      { closesOn: '2026-12-06', status: 'missed' as const },
      { closesOn: '2026-12-05', status: 'done' as const },
    ];
    expect(countOverdue(orders, '2026-12-07')).toBe(1);
  });
});

function checkpoint(index: number, status: 'pending' | 'done' | 'skipped') {
  return { index, kind: 'location' as const, id: `L${index}`, name: `房间${index}`, qrCode: `R-${index}`, status, skipReason: null, at: null, deviceAt: null, by: null, results: [] };
}

describe('the order with what waits on the phone', () => {
  const order = { checkpoints: [checkpoint(0, 'done'), checkpoint(1, 'pending'), checkpoint(2, 'pending'), checkpoint(3, 'pending')] } as Pick<WorkOrder, 'checkpoints'>;
  const queued = (command: QueuedCommand['command'], checkpointIndex?: number): QueuedCommand => ({
    key: `k${checkpointIndex}`,
    ticketId: 'wo1',
    command,
    deviceTime: '2026-12-01T02:00:00.000Z',
    workOrder: { path: '/x', checkpointIndex },
  });

  it('counts a queued record or skip as finished, waiting, and goes on with the next checkpoint', () => {
    const view = orderView(order, [queued('recordCheckpoint', 1), queued('skipCheckpoint', 2)]);
    expect(view.checkpoints.map((c) => c.shown)).toEqual(['done', 'queued', 'queued', 'pending']);
    expect(view.current?.index).toBe(3);
    expect([view.finished, view.total, view.allFinished]).toEqual([3, 4, false]);
  });

  it('lets the order be completed once every checkpoint is finished or queued', () => {
    const view = orderView(order, [queued('recordCheckpoint', 1), queued('recordCheckpoint', 2), queued('recordCheckpoint', 3)]);
    expect([view.current, view.allFinished, view.completionQueued]).toEqual([null, true, false]);
    expect(orderView(order, [queued('completeWorkOrder')]).completionQueued).toBe(true);
  });
});

describe('who runs an order, and how far it may be postponed', () => {
  const zhao = { id: 'tech-zhao', roles: ['technician'] };
  it.each([
    ['its technician', { technicianId: 'tech-zhao', status: 'in_progress' as const }, zhao, true],
    ['a technician of the team, nobody on it yet', { technicianId: null, status: 'scheduled' as const }, zhao, true],
    ['another technician', { technicianId: 'tech-sun', status: 'scheduled' as const }, zhao, false],
    ['the desk', { technicianId: 'tech-zhao', status: 'scheduled' as const }, { id: 'desk-wang', roles: ['dispatcher'] }, false],
    ['its technician, once done', { technicianId: 'tech-zhao', status: 'done' as const }, zhao, false],
  ])('%s: %s', (_who, order, user, runs) => {
    expect(mayRun(order, user)).toBe(runs);
  });

  it('counts the policy’s days from the original last day, also after a first postponement', () => {
    expect(latestPostponeDay({ closesOn: '2026-12-07', postponements: [] }, 5)).toBe('2026-12-12');
    const moved = { closesOn: '2026-12-09', postponements: [{ reason: 'inUse' as const, note: null, fromCloses: '2026-12-07', toCloses: '2026-12-09', at: 'x', by: 'tech-zhao' }] };
    expect(latestPostponeDay(moved, 5)).toBe('2026-12-12');
  });

  it('offers the days after the last day up to the latest', () => {
    expect(postponeDays('2026-12-07', '2026-12-05', '2026-12-10')).toEqual(['2026-12-08', '2026-12-09', '2026-12-10']);
    // Already past its last day: from tomorrow.
    expect(postponeDays('2026-12-07', '2026-12-09', '2026-12-12')).toEqual(['2026-12-10', '2026-12-11', '2026-12-12']);
  });
});
